import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { StaticVoyageData } from './types.ts';
import { orNull, scaledOrNull } from './units.ts';

/** Type 5. 424 bits by the standard; many transmitters send 420 or 422, which still carry every field. */
export function decodeStaticVoyage(r: BitReader, repeat: number, mmsi: number): StaticVoyageData | RejectReason {
  if (r.bitLength < 420) return 'truncated';
  return {
    type: 5,
    repeat,
    mmsi,
    aisVersion: r.uint(38, 2),
    imo: orNull(r.uint(40, 30), 0),
    callsign: r.text(70, 7),
    shipName: r.text(112, 20),
    shipType: r.uint(232, 8),
    toBow: r.uint(240, 9),
    toStern: r.uint(249, 9),
    toPort: r.uint(258, 6),
    toStarboard: r.uint(264, 6),
    epfd: r.uint(270, 4),
    etaMonth: orNull(r.uint(274, 4), 0),
    etaDay: orNull(r.uint(278, 5), 0),
    etaHour: orNull(r.uint(283, 5), 24),
    etaMinute: orNull(r.uint(288, 6), 60),
    draught: scaledOrNull(r.uint(294, 8), 0, 10),
    destination: r.text(302, 20),
    // a 420/422-bit message has no DTE bit: read as 0, "ready"
    dte: r.bitLength >= 423 && r.bool(422),
  };
}
