import type { ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { intlFor } from './intl.ts';
import { useLocale } from './useT.ts';

/** Gives every component below the current language's messages and formatters; re-renders on a switch. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return <RawIntlProvider value={intlFor(locale)}>{children}</RawIntlProvider>;
}
