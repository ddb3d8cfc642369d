import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { AddressedSafety, SafetyBroadcast } from './types.ts';

/** Type 12: the text runs from bit 72 to the end of the payload. */
export function decodeAddressedSafety(r: BitReader, repeat: number, mmsi: number): AddressedSafety | RejectReason {
  if (r.bitLength < 72) return 'truncated';
  return {
    type: 12,
    repeat,
    mmsi,
    seqNo: r.uint(38, 2),
    destMmsi: r.uint(40, 30),
    retransmit: r.bool(70),
    text: r.textToEnd(72),
  };
}

/** Type 14: the text runs from bit 40 to the end of the payload. */
export function decodeSafetyBroadcast(r: BitReader, repeat: number, mmsi: number): SafetyBroadcast | RejectReason {
  if (r.bitLength < 40) return 'truncated';
  return { type: 14, repeat, mmsi, text: r.textToEnd(40) };
}
