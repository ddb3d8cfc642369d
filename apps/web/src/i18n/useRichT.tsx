import { type ReactNode, useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { Catalog } from '@tidewatch/contracts/i18n';

/** What a message's tags become: `<code>x</code>` in the message, `code: (chunks) => <code>{chunks}</code>` here. */
export type RichValues = Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>;

/** Common tags, so a sentence keeps its emphasis and code without being cut into translated pieces. */
export const RICH_TAGS: RichValues = {
  strong: (chunks) => <strong>{chunks}</strong>,
  code: (chunks) => <code>{chunks}</code>,
  mono: (chunks) => <span className="mono">{chunks}</span>,
};

/**
 * Like useT, for a sentence with markup inside (ICU tags such as `<code>…</code>`): the whole sentence is one
 * message, so each language orders it as it must, and the tags become elements.
 */
export function useRichT<K extends string>(catalog: Catalog<K>): (key: K, values?: RichValues) => ReactNode {
  const intl = useIntl();
  return useCallback(
    (key: K, values?: RichValues) =>
      intl.formatMessage(
        { id: `${catalog.namespace}.${key}`, defaultMessage: catalog.messages.en[key] },
        { ...RICH_TAGS, ...values },
      ),
    [intl, catalog],
  );
}
