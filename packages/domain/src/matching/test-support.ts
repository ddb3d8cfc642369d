import type { IndexEntry } from './watchlist-index.ts';

/** A named watchlist entry of a GREEN list, for the matching tests. */
export const namedEntry = (id: string, kind: IndexEntry['kind'], name: string): IndexEntry => ({
  id,
  watchlistId: 'w1',
  kind,
  mmsi: null,
  imo: null,
  callSign: null,
  containerNumber: null,
  name,
  expiresAt: null,
  releasability: { ownerAgency: 'JCA', tlp: 'GREEN', recipients: [], sharingGroups: [] },
});
