import { defineCatalog } from '@tidewatch/contracts/i18n';

export const translations = defineCatalog('feed', {
  en: {
    liveFeed: 'Live feed',
    drillDown: 'Feed · drill-down',
    count: '{count, plural, one {# event} other {# events}}',
    unseen: '↑ {count, plural, other {# new}}',
    loadingDrill: 'Loading the drill-down…',
    noSeizures: 'No seizures in this drill-down.',
    waiting: 'Waiting for events…',
    noPosition: 'No position',
    occurred: 'Occurred {at}',
    keyboardHint: 'Events, newest first: arrow keys move through them, Enter opens one, Escape closes it.',
  },
  es: {
    liveFeed: 'Flujo en directo',
    drillDown: 'Flujo · desglose',
    count: '{count, plural, one {# evento} other {# eventos}}',
    unseen: '↑ {count, plural, one {# nuevo} other {# nuevos}}',
    loadingDrill: 'Cargando el desglose…',
    noSeizures: 'No hay incautaciones en este desglose.',
    waiting: 'Esperando eventos…',
    noPosition: 'Sin posición',
    occurred: 'Ocurrido el {at}',
    keyboardHint:
      'Eventos, del más reciente al más antiguo: las flechas los recorren, Intro abre uno, Escape lo cierra.',
  },
  fr: {
    liveFeed: 'Flux en direct',
    drillDown: 'Flux · détail',
    count: '{count, plural, one {# événement} other {# événements}}',
    unseen: '↑ {count, plural, one {# nouveau} other {# nouveaux}}',
    loadingDrill: 'Chargement du détail…',
    noSeizures: 'Aucune saisie dans ce détail.',
    waiting: 'En attente d’événements…',
    noPosition: 'Pas de position',
    occurred: 'Survenu le {at}',
    keyboardHint:
      'Événements, du plus récent au plus ancien : les flèches les parcourent, Entrée en ouvre un, Échap le ferme.',
  },
});
