import { useEffect } from 'react';

/** The product's name, the same in every language, after the screen's own in the window title. */
const PRODUCT = 'Tidewatch';

/**
 * WCAG 2.4.2 (A11Y-5): each screen names itself in the window's title ("Trends · Tidewatch"), in the user's
 * language, so a screen reader announces where a hash change landed and tabs and history entries tell apart.
 * `null` leaves the title to a screen further down that names itself.
 */
export function usePageTitle(screen: string | null): void {
  useEffect(() => {
    if (screen !== null) document.title = `${screen} · ${PRODUCT}`;
  }, [screen]);
}
