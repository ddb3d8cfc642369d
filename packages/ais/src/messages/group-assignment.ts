import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import { readArea } from './channel-management.ts';
import type { GroupAssignment } from './types.ts';

/** Type 23. */
export function decodeGroupAssignment(r: BitReader, repeat: number, mmsi: number): GroupAssignment | RejectReason {
  if (r.bitLength < 160) return 'truncated';
  return {
    type: 23,
    repeat,
    mmsi,
    area: readArea(r, 40),
    stationType: r.uint(110, 4),
    shipType: r.uint(114, 8),
    txrx: r.uint(144, 2),
    interval: r.uint(146, 4),
    quiet: r.uint(150, 4),
  };
}
