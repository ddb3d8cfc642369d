import type { Watchlist, WatchlistEntry } from '@tidewatch/contracts';
import { stixIdOf } from '../kinds.ts';
import type { StixObject } from '../types.ts';
import type { WatchlistEntryProperties, WatchlistProperties } from '../wire.ts';
import { envelope, optionalTimestamp, releasabilityExtension, withoutEmpty } from './envelope.ts';

const NEW_SDO = { extension_type: 'new-sdo' } as const;

/** A watchlist becomes a `tidewatch-watchlist` object, each entry a `tidewatch-watchlist-entry` (STIX-2). */
export function watchlistToStix(watchlist: Watchlist, entries: readonly WatchlistEntry[]): StixObject[] {
  const listId = stixIdOf('watchlist', watchlist.id);
  const releasability = releasabilityExtension(watchlist.ownerAgency, watchlist.releasability);
  const list = envelope({
    type: 'tidewatch-watchlist',
    id: listId,
    created: watchlist.createdAt,
    modified: watchlist.updatedAt,
    tlp: watchlist.releasability.tlp,
    ownerAgency: watchlist.ownerAgency,
    properties: withoutEmpty<WatchlistProperties>({
      watchlist_id: watchlist.id,
      name: watchlist.name,
      description: watchlist.description === '' ? undefined : watchlist.description,
      created_by: watchlist.createdBy,
      retired_at: optionalTimestamp(watchlist.retiredAt),
      entry_count: watchlist.entryCount,
      version: watchlist.version,
    }),
    extensions: [
      ['watchlist', NEW_SDO],
      ['releasability', releasability],
    ],
  });
  // An entry is released exactly as its list is: the list's markings and releasability travel with it.
  const entryObjects = entries.map((entry) =>
    envelope({
      type: 'tidewatch-watchlist-entry',
      id: stixIdOf('watchlist-entry', entry.id),
      created: entry.addedAt,
      modified: entry.updatedAt,
      tlp: watchlist.releasability.tlp,
      ownerAgency: watchlist.ownerAgency,
      properties: withoutEmpty<WatchlistEntryProperties>({
        entry_id: entry.id,
        watchlist_id: entry.watchlistId,
        watchlist_ref: listId,
        kind: entry.kind,
        mmsi: entry.mmsi ?? undefined,
        imo: entry.imo ?? undefined,
        name: entry.name ?? undefined,
        call_sign: entry.callSign ?? undefined,
        container_number: entry.containerNumber ?? undefined,
        country: entry.country ?? undefined,
        reason: entry.reason,
        added_by: entry.addedBy,
        expires_at: optionalTimestamp(entry.expiresAt),
        retired_at: optionalTimestamp(entry.retiredAt),
        version: entry.version,
      }),
      extensions: [
        ['watchlist-entry', NEW_SDO],
        ['releasability', releasability],
      ],
    }),
  );
  return [list, ...entryObjects];
}
