import type { Locale } from '@tidewatch/contracts/i18n';

/**
 * The link that signs a wall display in with its token and sets its language (I18N-17): the wall reads
 * `/wall#token=…&lang=…` once, stores both and clears the address bar (wall/wallParams.ts, consumeWallToken).
 */
export function wallLink(origin: string, token: string, lang: Locale): string {
  const hash = new URLSearchParams({ token, lang });
  return `${origin}/wall#${hash.toString()}`;
}
