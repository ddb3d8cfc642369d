import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { StaticDataReport } from './types.ts';

/** MMSI 98MIDxxxx: a craft associated with a parent ship, whose type 24B carries the mother ship's MMSI. */
export function isAuxiliaryCraft(mmsi: number): boolean {
  return mmsi >= 980_000_000 && mmsi <= 989_999_999;
}

/** Type 24: part 0 (A) carries the name, part 1 (B) the rest; parts 2 and 3 are undefined. */
export function decodeStaticDataReport(r: BitReader, repeat: number, mmsi: number): StaticDataReport | RejectReason {
  const part = r.uint(38, 2);
  if (part === 0) {
    if (r.bitLength < 160) return 'truncated';
    return { type: 24, repeat, mmsi, part: 'A', shipName: r.text(40, 20) };
  }
  if (part !== 1) return 'invalid_message';
  if (r.bitLength < 162) return 'truncated';
  const auxiliary = isAuxiliaryCraft(mmsi);
  return {
    type: 24,
    repeat,
    mmsi,
    part: 'B',
    shipType: r.uint(40, 8),
    vendorId: r.text(48, 3),
    model: r.uint(66, 4),
    serial: r.uint(70, 20),
    vendorIdLegacy: r.text(48, 7),
    callsign: r.text(90, 7),
    dimensions: auxiliary
      ? null
      : { toBow: r.uint(132, 9), toStern: r.uint(141, 9), toPort: r.uint(150, 6), toStarboard: r.uint(156, 6) },
    mothershipMmsi: auxiliary ? r.uint(132, 30) : null,
  };
}
