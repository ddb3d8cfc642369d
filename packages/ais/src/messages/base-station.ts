import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { BaseStationReport } from './types.ts';
import { MIN_10000, latFromRaw, lonFromRaw, orNull } from './units.ts';

/** Types 4 and 11 share one layout. */
export function decodeBaseStation(
  r: BitReader,
  type: 4 | 11,
  repeat: number,
  mmsi: number,
): BaseStationReport | RejectReason {
  if (r.bitLength < 168) return 'truncated';
  return {
    type,
    repeat,
    mmsi,
    year: orNull(r.uint(38, 14), 0),
    month: orNull(r.uint(52, 4), 0),
    day: orNull(r.uint(56, 5), 0),
    hour: orNull(r.uint(61, 5), 24),
    minute: orNull(r.uint(66, 6), 60),
    second: orNull(r.uint(72, 6), 60),
    accuracy: r.bool(78),
    lon: lonFromRaw(r.int(79, 28), MIN_10000),
    lat: latFromRaw(r.int(107, 27), MIN_10000),
    epfd: r.uint(134, 4),
    raim: r.bool(148),
    radio: r.uint(149, 19),
  };
}
