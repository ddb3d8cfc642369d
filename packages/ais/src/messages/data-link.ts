import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { DataLinkManagement } from './types.ts';

/** Type 20: one to four 30-bit slot reservations from bit 40. */
export function decodeDataLink(r: BitReader, repeat: number, mmsi: number): DataLinkManagement | RejectReason {
  if (r.bitLength < 70) return 'truncated';
  const reservations: DataLinkManagement['reservations'] = [];
  for (let start = 40; start + 30 <= r.bitLength && reservations.length < 4; start += 30) {
    reservations.push({
      offset: r.uint(start, 12),
      number: r.uint(start + 12, 4),
      timeout: r.uint(start + 16, 3),
      increment: r.uint(start + 19, 11),
    });
  }
  return { type: 20, repeat, mmsi, reservations };
}
