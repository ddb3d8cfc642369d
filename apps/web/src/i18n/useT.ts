import { useCallback, useSyncExternalStore } from 'react';
import { useIntl } from 'react-intl';
import type { Catalog, Locale } from '@tidewatch/contracts/i18n';
import type { MessageValues } from './translate.ts';
import { localeStore } from './localeStore.ts';

export type Translator<K extends string> = (key: K, values?: MessageValues) => string;

/**
 * The translator for one feature's catalog: `t('key', { count })`. Keys are checked by the compiler against
 * the catalog; the English text is the fallback if a message were ever missing at run time.
 */
export function useT<K extends string>(catalog: Catalog<K>): Translator<K> {
  const intl = useIntl();
  return useCallback(
    (key: K, values?: MessageValues) =>
      intl.formatMessage({ id: `${catalog.namespace}.${key}`, defaultMessage: catalog.messages.en[key] }, values),
    [intl, catalog],
  );
}

/** The current language, for components that pass it on (e.g. to a chart's or the map's own formatters). */
export function useLocale(): Locale {
  return useSyncExternalStore(localeStore.subscribe, localeStore.getSnapshot);
}
