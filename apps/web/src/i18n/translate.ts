import type { Catalog } from '@tidewatch/contracts/i18n';
import type { PrimitiveType } from 'intl-messageformat';
import { intlFor } from './intl.ts';
import { localeStore } from './localeStore.ts';

export type MessageValues = Record<string, PrimitiveType>;

/** Format one message of a catalog in the language of the moment (for code outside React components). */
export function translate<K extends string>(catalog: Catalog<K>, key: K, values?: MessageValues): string {
  return intlFor(localeStore.getSnapshot()).formatMessage(
    { id: `${catalog.namespace}.${key}`, defaultMessage: catalog.messages.en[key] },
    values,
  );
}
