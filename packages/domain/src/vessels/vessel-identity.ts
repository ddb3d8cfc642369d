import { classifyMmsi, flagStateOfMid, type FlagState, type MmsiKind } from '@tidewatch/ais';

const flagsByMid = new Map<number, FlagState | null>();

/** Station kind and flag state of an MMSI; flag lookups are memoised per MID (a few hundred at most). */
export function identityOf(mmsi: number): { kind: MmsiKind; flag: FlagState | null } {
  const { kind, mid } = classifyMmsi(mmsi);
  if (mid === null) return { kind, flag: null };
  let flag = flagsByMid.get(mid);
  if (flag === undefined) {
    flag = flagStateOfMid(mid);
    flagsByMid.set(mid, flag);
  }
  return { kind, flag };
}
