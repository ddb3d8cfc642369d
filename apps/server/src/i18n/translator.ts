import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import type { Catalog, Locale } from '@tidewatch/contracts/i18n';

export type MessageValues = Record<string, PrimitiveType>;
export type ServerTranslator<K extends string> = (key: K, values?: MessageValues) => string;

// Parsing an ICU message costs more than formatting it: each (language, message) is compiled once per process.
const compiled = new Map<string, IntlMessageFormat>();

/**
 * Text the server writes for people (printed summaries, PDFs) in one language, from the same kind of catalog
 * the dashboard uses (defineCatalog), formatted by intl-messageformat: plurals, selects and numbers follow the
 * language's own rules, as react-intl does in the browser.
 */
export function serverTranslator<K extends string>(catalog: Catalog<K>, locale: Locale): ServerTranslator<K> {
  return (key, values) => {
    const id = `${locale}\u0000${catalog.namespace}.${key}`;
    let message = compiled.get(id);
    if (!message) {
      message = new IntlMessageFormat(catalog.messages[locale][key], locale);
      compiled.set(id, message);
    }
    return String(message.format(values));
  };
}
