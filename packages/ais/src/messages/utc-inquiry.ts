import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { UtcInquiry } from './types.ts';

/** Type 10. */
export function decodeUtcInquiry(r: BitReader, repeat: number, mmsi: number): UtcInquiry | RejectReason {
  if (r.bitLength < 70) return 'truncated';
  return { type: 10, repeat, mmsi, destMmsi: r.uint(40, 30) };
}
