import { type Locale, isLocale, pickLocale } from '@tidewatch/contracts/i18n';

const STORAGE_KEY = 'tidewatch.locale';

/**
 * The language of this browser tab. A user's explicit choice is kept in localStorage (it outlives sessions and
 * applies on the login page, before anyone is known); otherwise the browser's preferred languages decide.
 * `<html lang>` follows, so screen readers pronounce the page in the right language.
 */
class LocaleStore {
  private locale: Locale = initialLocale();
  private readonly listeners = new Set<() => void>();

  constructor() {
    applyToDocument(this.locale);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): Locale => this.locale;

  /** Switch language; `remember` false is for a wall display told its language by its URL, not by a person. */
  set(locale: Locale, remember = true): void {
    if (remember) storage()?.setItem(STORAGE_KEY, locale);
    if (locale === this.locale) return;
    this.locale = locale;
    applyToDocument(locale);
    for (const listener of this.listeners) listener();
  }
}

function initialLocale(): Locale {
  const stored = storage()?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  return typeof navigator === 'undefined' ? pickLocale([]) : pickLocale(navigator.languages ?? [navigator.language]);
}

// localStorage throws in some privacy modes; the language then simply is not remembered.
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function applyToDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export const localeStore = new LocaleStore();
