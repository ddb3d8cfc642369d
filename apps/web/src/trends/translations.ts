import { defineCatalog } from '@tidewatch/contracts/i18n';

// Words of the seizure trends. Commodity names are also used by the summary screen and the wall's key figures.
export const translations = defineCatalog('trends', {
  en: {
    commodity:
      '{commodity, select, firearms {Firearms} ammunition {Ammunition} cocaine {Cocaine} cannabis {Cannabis} cash {Cash} other {Other}}',
  },
  es: {
    commodity:
      '{commodity, select, firearms {Armas de fuego} ammunition {Munición} cocaine {Cocaína} cannabis {Cannabis} cash {Efectivo} other {Otros}}',
  },
  fr: {
    commodity:
      '{commodity, select, firearms {Armes à feu} ammunition {Munitions} cocaine {Cocaïne} cannabis {Cannabis} cash {Espèces} other {Autres}}',
  },
});
