import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { SarAircraftReport } from './types.ts';
import { MIN_10000, latFromRaw, lonFromRaw, orNull, scaledOrNull } from './units.ts';

/** Type 9. Unlike Class A, speed is in whole knots (aircraft are fast). */
export function decodeSarAircraft(r: BitReader, repeat: number, mmsi: number): SarAircraftReport | RejectReason {
  if (r.bitLength < 168) return 'truncated';
  return {
    type: 9,
    repeat,
    mmsi,
    altitude: orNull(r.uint(38, 12), 4095),
    speed: orNull(r.uint(50, 10), 1023),
    accuracy: r.bool(60),
    lon: lonFromRaw(r.int(61, 28), MIN_10000),
    lat: latFromRaw(r.int(89, 27), MIN_10000),
    course: scaledOrNull(r.uint(116, 12), 3600, 10),
    second: orNull(r.uint(128, 6), 60),
    regional: r.uint(134, 8),
    dte: r.bool(142),
    assigned: r.bool(146),
    raim: r.bool(147),
    radio: r.uint(148, 20),
  };
}
