import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { Acknowledge } from './types.ts';

/**
 * Types 7 and 13: one to four (MMSI, sequence number) pairs of 32 bits from bit 40. A pair cut short by
 * the end of the payload still counts, its missing bits read as sent padding (zeros), as gpsd reads it:
 * transmitters in the wild drop the trailing sequence bits, and the MMSI is what matters.
 */
export function decodeAcknowledge(
  r: BitReader,
  type: 7 | 13,
  repeat: number,
  mmsi: number,
): Acknowledge | RejectReason {
  if (r.bitLength < 72) return 'truncated';
  const acks: Acknowledge['acks'] = [];
  for (let start = 40; start < r.bitLength && acks.length < 4; start += 32) {
    acks.push({ mmsi: r.uint(start, 30), seqNo: r.uint(start + 30, 2) });
  }
  return { type, repeat, mmsi, acks };
}
