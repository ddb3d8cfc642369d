import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { LongRangeReport } from './types.ts';
import { MIN_10, latFromRaw, lonFromRaw, orNull } from './units.ts';

/** Type 27: 96 bits (some transmitters pad it to a 168-bit slot). */
export function decodeLongRange(r: BitReader, repeat: number, mmsi: number): LongRangeReport | RejectReason {
  if (r.bitLength < 95) return 'truncated';
  return {
    type: 27,
    repeat,
    mmsi,
    accuracy: r.bool(38),
    raim: r.bool(39),
    navStatus: r.uint(40, 4),
    lon: lonFromRaw(r.int(44, 18), MIN_10),
    lat: latFromRaw(r.int(62, 17), MIN_10),
    speed: orNull(r.uint(79, 6), 63),
    course: orNull(r.uint(85, 9), 511),
    positionLatency: r.bool(94),
  };
}
