import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { ClassBExtendedReport, ClassBPositionReport } from './types.ts';
import { MIN_10000, latFromRaw, lonFromRaw, orNull, scaledOrNull } from './units.ts';

/** Type 18. */
export function decodeClassBPosition(r: BitReader, repeat: number, mmsi: number): ClassBPositionReport | RejectReason {
  if (r.bitLength < 168) return 'truncated';
  return {
    type: 18,
    repeat,
    mmsi,
    reserved: r.uint(38, 8),
    speed: scaledOrNull(r.uint(46, 10), 1023, 10),
    accuracy: r.bool(56),
    lon: lonFromRaw(r.int(57, 28), MIN_10000),
    lat: latFromRaw(r.int(85, 27), MIN_10000),
    course: scaledOrNull(r.uint(112, 12), 3600, 10),
    heading: orNull(r.uint(124, 9), 511),
    second: orNull(r.uint(133, 6), 60),
    regional: r.uint(139, 2),
    cs: r.bool(141),
    display: r.bool(142),
    dsc: r.bool(143),
    band: r.bool(144),
    msg22: r.bool(145),
    assigned: r.bool(146),
    raim: r.bool(147),
    radio: r.uint(148, 20),
  };
}

/** Type 19: type 18's position fields plus static data. */
export function decodeClassBExtended(r: BitReader, repeat: number, mmsi: number): ClassBExtendedReport | RejectReason {
  if (r.bitLength < 312) return 'truncated';
  return {
    type: 19,
    repeat,
    mmsi,
    reserved: r.uint(38, 8),
    speed: scaledOrNull(r.uint(46, 10), 1023, 10),
    accuracy: r.bool(56),
    lon: lonFromRaw(r.int(57, 28), MIN_10000),
    lat: latFromRaw(r.int(85, 27), MIN_10000),
    course: scaledOrNull(r.uint(112, 12), 3600, 10),
    heading: orNull(r.uint(124, 9), 511),
    second: orNull(r.uint(133, 6), 60),
    regional: r.uint(139, 4),
    shipName: r.text(143, 20),
    shipType: r.uint(263, 8),
    toBow: r.uint(271, 9),
    toStern: r.uint(280, 9),
    toPort: r.uint(289, 6),
    toStarboard: r.uint(295, 6),
    epfd: r.uint(301, 4),
    raim: r.bool(305),
    dte: r.bool(306),
    assigned: r.bool(307),
  };
}
