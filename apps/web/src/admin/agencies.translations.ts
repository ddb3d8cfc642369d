import { defineCatalog } from '@tidewatch/contracts/i18n';

/** Admin → Agencies. Agency codes and names stay as the agencies write them. */
export const translations = defineCatalog('admin.agencies', {
  en: {
    title: 'Agencies',
    addTitle: 'Add an agency',
    add: 'Add agency',
    saved: 'Agency {code} saved.',
    none: 'No agencies yet.',
    codeExample: 'BDF',
    nameExample: 'Barbados Defence Force',
    countryExample: 'BB',
  },
  es: {
    title: 'Agencias',
    addTitle: 'Añadir una agencia',
    add: 'Añadir agencia',
    saved: 'Agencia {code} guardada.',
    none: 'Aún no hay agencias.',
    codeExample: 'BDF',
    nameExample: 'Barbados Defence Force',
    countryExample: 'BB',
  },
  fr: {
    title: 'Agences',
    addTitle: 'Ajouter une agence',
    add: 'Ajouter l’agence',
    saved: 'Agence {code} enregistrée.',
    none: 'Aucune agence pour l’instant.',
    codeExample: 'BDF',
    nameExample: 'Barbados Defence Force',
    countryExample: 'BB',
  },
});
