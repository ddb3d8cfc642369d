import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { Area, ChannelManagement } from './types.ts';
import { MIN_10 } from './units.ts';

/** Rectangle at 1/10 minute: NE lon 18 bits, NE lat 17, SW lon 18, SW lat 17. */
export function readArea(r: BitReader, start: number): Area {
  return {
    neLon: r.int(start, 18) / MIN_10,
    neLat: r.int(start + 18, 17) / MIN_10,
    swLon: r.int(start + 35, 18) / MIN_10,
    swLat: r.int(start + 53, 17) / MIN_10,
  };
}

/** Type 22: bits 69-138 hold either an area or two destination MMSIs, chosen by the addressed flag. */
export function decodeChannelManagement(r: BitReader, repeat: number, mmsi: number): ChannelManagement | RejectReason {
  if (r.bitLength < 168) return 'truncated';
  const addressed = r.bool(139);
  return {
    type: 22,
    repeat,
    mmsi,
    channelA: r.uint(40, 12),
    channelB: r.uint(52, 12),
    txrx: r.uint(64, 4),
    power: r.bool(68),
    addressed,
    area: addressed ? null : readArea(r, 69),
    dest1: addressed ? r.uint(69, 30) : null,
    dest2: addressed ? r.uint(104, 30) : null,
    bandA: r.bool(140),
    bandB: r.bool(141),
    zoneSize: r.uint(142, 3),
  };
}
