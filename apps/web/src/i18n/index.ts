// The public face of the translation layer: every feature formats user-facing text through these.
export { I18nProvider } from './I18nProvider.tsx';
export { LanguagePicker } from './LanguagePicker.tsx';
export { useT, useLocale, type Translator } from './useT.ts';
export { translate, type MessageValues } from './translate.ts';
export { localeStore } from './localeStore.ts';
export { defineCatalog, type Catalog, type Locale } from '@tidewatch/contracts/i18n';
