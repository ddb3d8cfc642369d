import { defineCatalog } from '@tidewatch/contracts/i18n';

export const translations = defineCatalog('announcer', {
  en: {
    one: 'New high-severity event, severity {severity} of 5: {kind}, {title}',
    many: '{count, plural, one {# new high-severity event} other {# new high-severity events}}',
  },
  es: {
    one: 'Nuevo evento de gravedad alta, gravedad {severity} de 5: {kind}, {title}',
    many: '{count, plural, one {# nuevo evento de gravedad alta} other {# nuevos eventos de gravedad alta}}',
  },
  fr: {
    one: 'Nouvel événement de gravité élevée, gravité {severity} sur 5 : {kind}, {title}',
    many: '{count, plural, one {# nouvel événement de gravité élevée} other {# nouveaux événements de gravité élevée}}',
  },
});
