import type { CargoRepository, WatchlistRepository } from '@tidewatch/db';
import type { Tlp } from '@tidewatch/contracts';
import type { AnnotationTargetResolvers } from './annotation-target-resolvers.ts';
import { isUuid } from '../ids.ts';

interface ReleasableRow {
  ownerAgency: string;
  tlp: string;
  recipients: string[];
  sharingGroups: string[];
}

function releasable(row: ReleasableRow) {
  return {
    ownerAgency: row.ownerAgency,
    tlp: row.tlp as Tlp,
    recipients: row.recipients,
    sharingGroups: row.sharingGroups,
  };
}

/** Consignments and watchlist entries as annotation targets; an entry is released as its watchlist. */
export function intelAnnotationTargets(
  cargo: CargoRepository,
  watchlists: WatchlistRepository,
): AnnotationTargetResolvers {
  return new Map([
    [
      'consignment',
      async (viewer, id) => {
        if (!isUuid(id)) return undefined;
        const row = await cargo.getVisible(id, viewer);
        return row ? releasable(row) : undefined;
      },
    ],
    [
      'watchlist_entry',
      async (viewer, id) => {
        if (!isUuid(id)) return undefined;
        const found = await watchlists.getEntry(id, viewer);
        return found ? releasable(found.list) : undefined;
      },
    ],
  ]);
}
