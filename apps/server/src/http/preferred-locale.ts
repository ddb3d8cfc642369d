import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { DEFAULT_LOCALE, isLocale, LOCALES, pickLocale, type Locale } from '@tidewatch/contracts/i18n';

/**
 * The reader's language from Accept-Language (Hono parses the header and its weights), for documents made for
 * people when the request does not name one. Tags are matched by primary subtag, strongest weight first, so
 * `es-DO,fr;q=0.8` is Spanish and `fr-GP` French; English when nothing matches.
 */
export function preferredLocale(c: Context): Locale {
  const chosen = accepts(c, {
    header: 'Accept-Language',
    supports: [...LOCALES],
    default: DEFAULT_LOCALE,
    match: (offered) =>
      pickLocale(
        offered
          .filter((tag) => tag.q > 0)
          .sort((a, b) => b.q - a.q)
          .map((tag) => tag.type),
      ),
  });
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}
