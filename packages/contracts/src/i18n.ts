/**
 * The languages Tidewatch speaks and the shape of a translation catalog, shared by the dashboard (react-intl)
 * and the server (intl-messageformat, for summaries and messages meant for people). Messages are ICU
 * MessageFormat strings (plurals, select, numbers, dates): formatting is the library's job, not ours.
 *
 * Each feature owns one catalog (a `translations.ts` beside its code, exporting `translations`) with English as the source and Spanish and
 * French beside it. The types make a missing or extra key in any language a compile error; the catalog test
 * (test/i18n-catalogs.test.ts) checks what types cannot: valid ICU syntax and the same placeholders in every
 * language.
 */

export const LOCALES = ['en', 'es', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, for pickers: a user who cannot read the current language still finds theirs. */
export const LOCALE_AUTONYMS: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español', fr: 'Français' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language among a client's preferences (navigator.languages, or Accept-Language tags
 * without their weights), by primary subtag: `es-DO` and `fr-GP` are Spanish and French. English otherwise.
 */
export function pickLocale(preferences: readonly string[]): Locale {
  for (const tag of preferences) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** A feature's messages in every language, addressed as `<namespace>.<key>`. */
export interface Catalog<K extends string> {
  readonly namespace: string;
  readonly messages: { readonly [L in Locale]: Readonly<Record<K, string>> };
}

/**
 * Declare a feature's catalog. English (`en`) is written first and fixes the keys; `es` and `fr` must name
 * exactly those keys (a missing key does not compile; an extra one is an excess-property error).
 */
export function defineCatalog<const E extends Record<string, string>>(
  namespace: string,
  messages: {
    readonly en: E;
    readonly es: Readonly<Record<keyof E, string>>;
    readonly fr: Readonly<Record<keyof E, string>>;
  },
): Catalog<keyof E & string> {
  return { namespace, messages };
}
