import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { DEFAULT_LOCALE, type Locale } from '@tidewatch/contracts/i18n';
import { flatMessages } from './registry.ts';

const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

/**
 * One react-intl instance per language, made once: the provider shares it with components, and code outside
 * React (map popups, stores' notices) formats through the same instance and its cached formatters.
 */
export function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl(
      { locale, defaultLocale: DEFAULT_LOCALE, messages: flatMessages(locale), onError: reportIntlError },
      cache,
    );
    intls.set(locale, intl);
  }
  return intl;
}

// A message that fails to format is a bug to see in the console, but must never blank the screen.
function reportIntlError(error: Error): void {
  console.error(`[i18n] ${error.message}`);
}
