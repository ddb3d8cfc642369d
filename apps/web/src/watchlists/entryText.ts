import type { WatchlistEntry } from '@tidewatch/contracts';

/** Which identifier a piece is; its label is `id_<key>` in the forms catalog. */
export type IdentifierKey = 'containerNumber' | 'name' | 'mmsi' | 'imo' | 'callSign' | 'country';

/** The identifiers of an entry as short pieces ("MMSI 311000123", "IMO 9074729"), labelled where shown. */
export function identifiers(entry: WatchlistEntry): { key: IdentifierKey; value: string }[] {
  const out: { key: IdentifierKey; value: string }[] = [];
  if (entry.containerNumber) out.push({ key: 'containerNumber', value: entry.containerNumber });
  if (entry.name) out.push({ key: 'name', value: entry.name });
  if (entry.mmsi) out.push({ key: 'mmsi', value: entry.mmsi });
  if (entry.imo) out.push({ key: 'imo', value: entry.imo });
  if (entry.callSign) out.push({ key: 'callSign', value: entry.callSign });
  if (entry.country) out.push({ key: 'country', value: entry.country });
  return out;
}
