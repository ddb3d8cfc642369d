import { isLocale, type Locale } from '@tidewatch/contracts/i18n';
import { localeStore } from '../i18n/index.ts';

// Kept beside the device token (auth/deviceToken.ts) and for the same reason: a wall reboots unattended.
const KEY = 'tidewatch.wall.locale';

/**
 * The wall's language is part of its link, set by whoever installs the display, never by a passer-by (I18N-17):
 * `/wall?lang=fr` in the address (survives reloads), or `/wall#token=tw_dev_...&lang=fr`, kept with the token
 * it came with. Without either, the browser's languages decide, as for any page.
 */
export function rememberWallLanguage(lang: string | null): void {
  try {
    if (isLocale(lang)) localStorage.setItem(KEY, lang);
    else localStorage.removeItem(KEY);
  } catch {
    // storage refused (private mode): the address's ?lang= still applies
  }
}

function storedWallLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function wallLanguage(search = window.location.search): Locale | null {
  const fromAddress = new URLSearchParams(search).get('lang');
  if (isLocale(fromAddress)) return fromAddress;
  const stored = storedWallLanguage();
  return isLocale(stored) ? stored : null;
}

/** Speak the wall's language, without making it this browser's remembered choice for the dashboard. */
export function applyWallLanguage(): void {
  const locale = wallLanguage();
  if (locale) localeStore.set(locale, false);
}
