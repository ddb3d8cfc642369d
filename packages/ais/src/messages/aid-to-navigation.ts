import type { BitReader } from '../bit-reader.ts';
import { TEXT_ALPHABET } from '../sixbit.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { AidToNavigationReport } from './types.ts';
import { MIN_10000, latFromRaw, lonFromRaw, orNull } from './units.ts';

/**
 * Type 21. The name is 20 chars; a longer name continues in the "name extension" after bit 272, which is
 * only meaningful when the first 20 chars are all used.
 */
export function decodeAidToNavigation(
  r: BitReader,
  repeat: number,
  mmsi: number,
): AidToNavigationReport | RejectReason {
  if (r.bitLength < 272) return 'truncated';
  const name = r.bitLength > 272 && !hasPadding(r) ? (untrimmedName(r) + r.textToEnd(272)).trimEnd() : r.text(43, 20);
  return {
    type: 21,
    repeat,
    mmsi,
    aidType: r.uint(38, 5),
    name,
    accuracy: r.bool(163),
    lon: lonFromRaw(r.int(164, 28), MIN_10000),
    lat: latFromRaw(r.int(192, 27), MIN_10000),
    toBow: r.uint(219, 9),
    toStern: r.uint(228, 9),
    toPort: r.uint(237, 6),
    toStarboard: r.uint(243, 6),
    epfd: r.uint(249, 4),
    second: orNull(r.uint(253, 6), 60),
    offPosition: r.bool(259),
    regional: r.uint(260, 8),
    raim: r.bool(268),
    virtualAid: r.bool(269),
    assigned: r.bool(270),
  };
}

/** True when the 20-char name field contains an '@' (so it ended early and no extension applies). */
function hasPadding(r: BitReader): boolean {
  for (let i = 0; i < 20; i++) if (r.uint(43 + 6 * i, 6) === 0) return true;
  return false;
}

/** The full 20 chars, trailing spaces kept: they are part of the name when an extension follows. */
function untrimmedName(r: BitReader): string {
  let out = '';
  for (let i = 0; i < 20; i++) out += TEXT_ALPHABET[r.uint(43 + 6 * i, 6)] ?? '';
  return out;
}
