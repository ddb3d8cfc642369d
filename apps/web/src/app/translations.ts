import { defineCatalog } from '@tidewatch/contracts/i18n';

export const translations = defineCatalog('app', {
  en: { checkingSession: 'Tidewatch — checking your session…' },
  es: { checkingSession: 'Tidewatch — comprobando su sesión…' },
  fr: { checkingSession: 'Tidewatch — vérification de votre session…' },
});
