import { classifyMmsi, flagStateOfMid } from '@tidewatch/ais';

/**
 * The MMSI's MID against a flag declared elsewhere (a manifest, a report, a watchlist). AIS carries no flag:
 * the MID only says which administration issued the number, so a disagreement with a declared flag is a
 * false flag, a reflag that the transponder was never told about, or a borrowed MMSI.
 */
export type MidFlagCheck =
  | { outcome: 'match'; mid: number; midFlag: string; declaredFlag: string }
  | { outcome: 'mismatch'; mid: number; midFlag: string; midFlagName: string; declaredFlag: string }
  /** A ship MMSI whose MID no administration holds: nothing to compare (the unallocated-MID anomaly covers it). */
  | { outcome: 'unknown_mid'; mid: number; declaredFlag: string }
  /** No declared flag, or an MMSI that is not a ship station (SART, aid to navigation, ...): not compared. */
  | { outcome: 'not_compared'; reason: 'no_declared_flag' | 'not_a_ship' };

export function checkMidAgainstFlag(mmsi: number, declaredFlag: string | null | undefined): MidFlagCheck {
  const declared = declaredFlag?.trim().toUpperCase() ?? '';
  if (declared === '') return { outcome: 'not_compared', reason: 'no_declared_flag' };
  const { kind, mid } = classifyMmsi(mmsi);
  if (kind !== 'ship' || mid === null) return { outcome: 'not_compared', reason: 'not_a_ship' };
  const flag = flagStateOfMid(mid);
  if (flag === null) return { outcome: 'unknown_mid', mid, declaredFlag: declared };
  if (flag.alpha2 === declared) return { outcome: 'match', mid, midFlag: flag.alpha2, declaredFlag: declared };
  return { outcome: 'mismatch', mid, midFlag: flag.alpha2, midFlagName: flag.name, declaredFlag: declared };
}
