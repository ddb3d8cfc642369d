import { defineCatalog } from '@tidewatch/contracts/i18n';

export const translations = defineCatalog('drill', {
  en: {
    loading: 'loading…',
    back: 'Back to the trend this came from',
    kicker: 'Drill-down',
    end: 'End the drill-down and show the live feed',
    endMark: '✕',
  },
  es: {
    loading: 'cargando…',
    back: 'Volver a la tendencia de origen',
    kicker: 'Desglose',
    end: 'Terminar el desglose y mostrar el flujo en directo',
    endMark: '✕',
  },
  fr: {
    loading: 'chargement…',
    back: 'Revenir à la tendance d’origine',
    kicker: 'Détail',
    end: 'Quitter le détail et afficher le flux en direct',
    endMark: '✕',
  },
});
