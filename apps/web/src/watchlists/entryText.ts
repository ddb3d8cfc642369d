import type { WatchlistEntry } from '@tidewatch/contracts';

/** The identifiers of an entry as short labelled pieces ("MMSI 311000123", "IMO 9074729"). */
export function identifiers(entry: WatchlistEntry): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  if (entry.containerNumber) out.push({ label: 'Container', value: entry.containerNumber });
  if (entry.name) out.push({ label: 'Name', value: entry.name });
  if (entry.mmsi) out.push({ label: 'MMSI', value: entry.mmsi });
  if (entry.imo) out.push({ label: 'IMO', value: entry.imo });
  if (entry.callSign) out.push({ label: 'Call sign', value: entry.callSign });
  if (entry.country) out.push({ label: 'Country', value: entry.country });
  return out;
}
