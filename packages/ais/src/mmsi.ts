import { MID_TABLE } from './mid-table.ts';

/**
 * What kind of station an MMSI identifies (ITU-R M.585), from its leading digits. The MID, where the
 * format has one, gives the flag state or the administration.
 */
export type MmsiKind =
  /** MIDxxxxxx, first digit 2-7. */
  | 'ship'
  /** 0MIDxxxxx: a group of ships. */
  | 'group'
  /** 00MIDxxxx. */
  | 'coast_station'
  /** 111MIDxxx. */
  | 'sar_aircraft'
  /** 8MIDxxxxx: handheld VHF with DSC and GNSS. */
  | 'handheld_vhf'
  /** 98MIDxxxx: a craft associated with a parent ship (tender, lifeboat). */
  | 'auxiliary_craft'
  /** 99MIDxxxx. */
  | 'aid_to_navigation'
  /** 970xxyyyy: AIS search and rescue transmitter. */
  | 'ais_sart'
  /** 972xxyyyy: man overboard device. */
  | 'mob'
  /** 974xxyyyy: EPIRB with AIS. */
  | 'epirb_ais'
  /** 979xxyyyy: autonomous maritime radio device, group B (M.585-9). */
  | 'amrd'
  /** Nine digits but no allocated format (1xxxxxxxx other than 111, other 9-prefixes). */
  | 'unknown'
  /** Not nine digits. */
  | 'invalid';

export interface MmsiInfo {
  kind: MmsiKind;
  /** The MID in the number, or null for formats without one (SART, MOB, EPIRB, AMRD). */
  mid: number | null;
}

/** Nine-digit text of an MMSI; numbers are zero-padded since 00MID and 0MID formats start with zeros. */
function digits(mmsi: number | string): string | null {
  const text =
    typeof mmsi === 'number' ? (Number.isInteger(mmsi) && mmsi >= 0 ? String(mmsi).padStart(9, '0') : '') : mmsi;
  return /^\d{9}$/.test(text) ? text : null;
}

export function classifyMmsi(mmsi: number | string): MmsiInfo {
  const d = digits(mmsi);
  if (d === null) return { kind: 'invalid', mid: null };
  const mid = (at: number): number => Number(d.slice(at, at + 3));
  if (d.startsWith('111')) return { kind: 'sar_aircraft', mid: mid(3) };
  if (d.startsWith('00')) return { kind: 'coast_station', mid: mid(2) };
  if (d.startsWith('0')) return { kind: 'group', mid: mid(1) };
  if (d.startsWith('970')) return { kind: 'ais_sart', mid: null };
  if (d.startsWith('972')) return { kind: 'mob', mid: null };
  if (d.startsWith('974')) return { kind: 'epirb_ais', mid: null };
  if (d.startsWith('979')) return { kind: 'amrd', mid: null };
  if (d.startsWith('98')) return { kind: 'auxiliary_craft', mid: mid(2) };
  if (d.startsWith('99')) return { kind: 'aid_to_navigation', mid: mid(2) };
  if (d.startsWith('8')) return { kind: 'handheld_vhf', mid: mid(1) };
  const first = d.charCodeAt(0) - 48;
  if (first >= 2 && first <= 7) return { kind: 'ship', mid: mid(0) };
  return { kind: 'unknown', mid: null };
}

export interface FlagState {
  mid: number;
  /** ISO 3166-1 alpha-2. */
  alpha2: string;
  name: string;
}

/** Flag state (or administration) of an MMSI through its MID; null when it has none or it is unallocated. */
export function flagStateOf(mmsi: number | string): FlagState | null {
  const { mid } = classifyMmsi(mmsi);
  return mid === null ? null : flagStateOfMid(mid);
}

export function flagStateOfMid(mid: number): FlagState | null {
  const entry = MID_TABLE.get(mid);
  return entry === undefined ? null : { mid, alpha2: entry.alpha2, name: entry.name };
}
