import type { Tlp, Watchlist, WatchlistEntry, WatchlistEntryChange, WatchlistEntryKind } from '@tidewatch/contracts';
import type { WatchlistEntryChangeRow, WatchlistEntryRow, WatchlistRow } from '@tidewatch/db';

const iso = (s: string): string => new Date(s).toISOString();
const isoOrNull = (s: string | null): string | null => (s === null ? null : iso(s));

export function toWatchlist(row: WatchlistRow & { entryCount: number }): Watchlist {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    ownerAgency: row.ownerAgency,
    releasability: { tlp: row.tlp as Tlp, recipients: row.recipients, sharingGroups: row.sharingGroups },
    createdBy: row.createdBy,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    retiredAt: isoOrNull(row.retiredAt),
    version: row.version,
    entryCount: row.entryCount,
  };
}

export function toEntry(row: WatchlistEntryRow): WatchlistEntry {
  return {
    id: row.id,
    watchlistId: row.watchlistId,
    kind: row.kind as WatchlistEntryKind,
    mmsi: row.mmsi,
    imo: row.imo,
    name: row.name,
    callSign: row.callSign,
    containerNumber: row.containerNumber,
    country: row.country,
    reason: row.reason,
    addedBy: row.addedBy,
    addedAt: iso(row.addedAt),
    expiresAt: isoOrNull(row.expiresAt),
    retiredAt: isoOrNull(row.retiredAt),
    updatedAt: iso(row.updatedAt),
    version: row.version,
  };
}

export function toEntryChange(row: WatchlistEntryChangeRow): WatchlistEntryChange {
  return {
    version: row.version,
    change: row.change as WatchlistEntryChange['change'],
    entry: toEntry(row.snapshot as unknown as WatchlistEntryRow),
    by: row.by,
    at: iso(row.at),
  };
}
