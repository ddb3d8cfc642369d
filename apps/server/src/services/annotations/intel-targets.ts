import type { CargoRepository, WatchlistRepository } from '@tidewatch/db';
import type { Tlp } from '@tidewatch/contracts';
import type { AnnotationTargetResolvers } from './annotation-target.ts';

interface ReleasableRow {
  ownerAgency: string;
  tlp: string;
  recipients: string[];
  sharingGroups: string[];
}

function releasable(row: ReleasableRow) {
  return { ownerAgency: row.ownerAgency, tlp: row.tlp as Tlp, recipients: row.recipients, sharingGroups: row.sharingGroups };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Consignments and watchlist entries as annotation targets; an entry is released as its watchlist. */
export function intelAnnotationTargets(cargo: CargoRepository, watchlists: WatchlistRepository): AnnotationTargetResolvers {
  return new Map([
    ['consignment', async (viewer, id) => {
      // Their ids are UUID columns: anything else cannot exist, and must not reach the database as a type error.
      if (!UUID.test(id)) return undefined;
      const row = await cargo.getVisible(id, viewer);
      return row ? releasable(row) : undefined;
    }],
    ['watchlist_entry', async (viewer, id) => {
      if (!UUID.test(id)) return undefined;
      const found = await watchlists.getEntry(id, viewer);
      return found ? releasable(found.list) : undefined;
    }],
  ]);
}
