/**
 * AIS code tables (ITU-R M.1371-5) for the vessel card, in the reader's language: navigational status 0-15,
 * type of ship and cargo 0-99 (Table 53: a decade names the group, its second digit the hazardous category)
 * and the kind of station an MMSI's format names. Every code has a name; a code outside the tables (an 8-bit
 * type field can carry 100-255) is shown as its number.
 */
import { useMemo } from 'react';
import { type Translator, useT } from '../i18n/index.ts';
import { translations } from './ais.translations.ts';

type AisWord = keyof typeof translations.messages.en;
type Say = Translator<AisWord>;

const NAV_CODES = new Set(Array.from({ length: 16 }, (_, i) => i));
const SINGLE_TYPES = new Set([30, 31, 32, 33, 34, 35, 36, 37, 50, 51, 52, 53, 54, 55, 56, 58, 59]);
const GROUP_DECADES = new Set([2, 4, 6, 7, 8, 9]);
const HAZARD_CATEGORIES = ['A', 'B', 'C', 'D'];

function isKey(key: string): key is AisWord {
  return Object.hasOwn(translations.messages.en, key);
}

/** The navigational status's name; null when there is no report to name. */
export function navStatusName(code: number | null, say: Say): string | null {
  if (code === null) return null;
  const key = `nav_${code}`;
  return NAV_CODES.has(code) && isKey(key) ? say(key) : say('navUnknown', { code });
}

/** Type 20-29, 40-49, 60-99: the decade's group, then what the second digit adds (0 the whole group). */
function groupName(code: number, say: Say): string | null {
  const decade = Math.floor(code / 10);
  const key = `group_${decade}`;
  if (!GROUP_DECADES.has(decade) || !isKey(key)) return null;
  const group = say(key);
  const digit = code % 10;
  const category = HAZARD_CATEGORIES[digit - 1];
  if (digit === 0) return group;
  if (category !== undefined) return say('groupHazardous', { group, category });
  // The wing-in-ground decade has no "no additional information" code: 25-29 are all reserved.
  if (digit === 9 && decade !== 2) return say('groupNoInfo', { group });
  return say('groupReserved', { group });
}

/** The type of ship and cargo's name, without its code ("Cargo ship, hazardous category A"). */
export function shipTypeName(code: number, say: Say): string {
  if (code === 0) return say('type_0');
  // 56 and 57 are the same spare code for local vessels.
  const single = code === 57 ? 56 : code;
  const key = `type_${single}`;
  if (SINGLE_TYPES.has(single) && isKey(key)) return say(key);
  const group = groupName(code, say);
  if (group !== null) return group;
  if (code >= 1 && code <= 39) return say('typeReserved');
  return say('typeUnknown', { code });
}

/** "Cargo ship, hazardous category A (71)"; null when not available (0) or not reported. */
export function shipTypeLabel(code: number | null, say: Say): string | null {
  if (code === null || code === 0) return null;
  return say('withCode', { name: shipTypeName(code, say), code });
}

/** "ship station", "coast station"...: what the MMSI's format says the transmitter is. */
export function mmsiKindName(kind: string, say: Say): string {
  const key = `mmsi_${kind}`;
  return isKey(key) ? say(key) : kind.replace(/_/g, ' ');
}

/** In components: the tables in the user's language, re-rendering with it. */
export function useAisNames(): {
  navStatus: (code: number | null) => string | null;
  shipType: (code: number | null) => string | null;
  mmsiKind: (kind: string) => string;
} {
  const say = useT(translations);
  return useMemo(
    () => ({
      navStatus: (code) => navStatusName(code, say),
      shipType: (code) => shipTypeLabel(code, say),
      mmsiKind: (kind) => mmsiKindName(kind, say),
    }),
    [say],
  );
}
