import { defineCatalog } from '@tidewatch/contracts/i18n';

// Words of the translation layer's own controls.
export const translations = defineCatalog('i18n', {
  en: { language: 'Language', languageHint: 'Language of the dashboard' },
  es: { language: 'Idioma', languageHint: 'Idioma del panel' },
  fr: { language: 'Langue', languageHint: 'Langue du tableau de bord' },
});
