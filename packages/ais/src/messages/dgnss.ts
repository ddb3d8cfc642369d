import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import { binaryData } from './binary.ts';
import type { DgnssBroadcast } from './types.ts';
import { MIN_10, latFromRaw, lonFromRaw } from './units.ts';

/** Type 17: reference station position at 1/10 minute, then the DGNSS correction words as bits. */
export function decodeDgnss(r: BitReader, repeat: number, mmsi: number): DgnssBroadcast | RejectReason {
  if (r.bitLength < 80) return 'truncated';
  return {
    type: 17,
    repeat,
    mmsi,
    lon: lonFromRaw(r.int(40, 18), MIN_10),
    lat: latFromRaw(r.int(58, 17), MIN_10),
    data: binaryData(r, 80, r.bitLength),
  };
}
