import type { Catalog, Locale } from '@tidewatch/contracts/i18n';

/**
 * Every feature's catalog, found by file name (`translations.ts`, or `<part>.translations.ts` for a big feature, anywhere under src) at build time. Collected here
 * rather than imported one by one so that the translation layer does not import every feature (which would tie
 * all web folders into one loop); a feature only imports the layer.
 */
const modules = import.meta.glob<{ translations: Catalog<string> }>(
  ['../**/translations.ts', '../**/*.translations.ts'],
  {
    eager: true,
  },
);

export const catalogs: readonly Catalog<string>[] = Object.values(modules).map((module) => module.translations);

/** The flat `<namespace>.<key>` -> message table react-intl takes, for one language. */
export function flatMessages(locale: Locale): Record<string, string> {
  const table: Record<string, string> = {};
  for (const catalog of catalogs) {
    for (const [key, message] of Object.entries(catalog.messages[locale]))
      table[`${catalog.namespace}.${key}`] = message;
  }
  return table;
}
