import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { Interrogation } from './types.ts';

/**
 * Type 15: station 1 with one request (88 bits), optionally a second request for station 1 (110 bits),
 * optionally station 2 with one request (160 bits). Which parts exist is given by the length.
 */
export function decodeInterrogation(r: BitReader, repeat: number, mmsi: number): Interrogation | RejectReason {
  if (r.bitLength < 88) return 'truncated';
  const first: Interrogation['targets'][number] = {
    mmsi: r.uint(40, 30),
    requests: [{ messageType: r.uint(70, 6), slotOffset: r.uint(76, 12) }],
  };
  const targets = [first];
  if (r.bitLength > 90) {
    first.requests.push({ messageType: r.uint(90, 6), slotOffset: r.uint(96, 12) });
    if (r.bitLength > 110) {
      targets.push({ mmsi: r.uint(110, 30), requests: [{ messageType: r.uint(140, 6), slotOffset: r.uint(146, 12) }] });
    }
  }
  return { type: 15, repeat, mmsi, targets };
}
