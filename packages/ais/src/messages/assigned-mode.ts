import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import type { AssignedModeCommand } from './types.ts';

/** Type 16: one assignment (96 bits) or two (144 bits). */
export function decodeAssignedMode(r: BitReader, repeat: number, mmsi: number): AssignedModeCommand | RejectReason {
  if (r.bitLength < 92) return 'truncated';
  const assignments = [{ mmsi: r.uint(40, 30), offset: r.uint(70, 12), increment: r.uint(82, 10) }];
  if (r.bitLength >= 144)
    assignments.push({ mmsi: r.uint(92, 30), offset: r.uint(122, 12), increment: r.uint(134, 10) });
  return { type: 16, repeat, mmsi, assignments };
}
