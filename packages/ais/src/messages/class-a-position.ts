import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { ClassAPositionReport } from './types.ts';
import { MIN_10000, latFromRaw, lonFromRaw, orNull, rateOfTurnFromIndicator, scaledOrNull } from './units.ts';

/** Types 1-3. 168 bits by the standard; 163-167 are seen in the wild and lose only radio bits. */
export function decodeClassAPosition(
  r: BitReader,
  type: 1 | 2 | 3,
  repeat: number,
  mmsi: number,
): ClassAPositionReport | RejectReason {
  if (r.bitLength < 163) return 'truncated';
  const turn = orNull(r.int(42, 8), -128);
  return {
    type,
    repeat,
    mmsi,
    navStatus: r.uint(38, 4),
    turn,
    rateOfTurn: rateOfTurnFromIndicator(turn),
    speed: scaledOrNull(r.uint(50, 10), 1023, 10),
    accuracy: r.bool(60),
    lon: lonFromRaw(r.int(61, 28), MIN_10000),
    lat: latFromRaw(r.int(89, 27), MIN_10000),
    course: scaledOrNull(r.uint(116, 12), 3600, 10),
    heading: orNull(r.uint(128, 9), 511),
    second: orNull(r.uint(137, 6), 60),
    maneuver: r.uint(143, 2),
    raim: r.bool(148),
    radio: r.uint(149, Math.min(19, r.bitLength - 149)),
  };
}
