import type { QueryClient } from '@tanstack/react-query';
import type { Watchlist, WatchlistEntry, WatchlistEntryKind } from '@tidewatch/contracts';
import { restartQueries } from '../data/index.ts';

export interface EntryFilter {
  q: string;
  kind: WatchlistEntryKind | '';
  includeRetired: boolean;
}

/** Query keys of the watchlists feature: everything under ['watchlists'], so one invalidation covers it all. */
export const watchlistKeys = {
  all: ['watchlists'] as const,
  lists: ['watchlists', 'lists'] as const,
  list: (q: string, includeRetired: boolean) => ['watchlists', 'lists', { q, includeRetired }] as const,
  entriesOf: (watchlistId: string) => ['watchlists', 'entries', watchlistId] as const,
  entries: (watchlistId: string, filter: EntryFilter) => ['watchlists', 'entries', watchlistId, filter] as const,
};

function upsert(list: readonly Watchlist[], item: Watchlist): Watchlist[] {
  const i = list.findIndex((x) => x.id === item.id);
  if (i < 0) return [item, ...list];
  const copy = [...list];
  copy[i] = item;
  return copy;
}

/**
 * A watchlist changed (a `watchlist:changed` message, or this user's own save): every cached list read shows
 * the new version at once. An older version never overwrites a newer one (messages and answers can cross), and
 * a list read still in flight is restarted, since its answer may predate the change.
 */
export function applyWatchlist(queryClient: QueryClient, watchlist: Watchlist): void {
  queryClient.setQueriesData<Watchlist[]>({ queryKey: watchlistKeys.lists }, (lists) => {
    if (lists === undefined) return lists;
    const cached = lists.find((w) => w.id === watchlist.id);
    if (cached !== undefined && cached.version > watchlist.version) return lists;
    return upsert(lists, watchlist);
  });
  if (queryClient.isFetching({ queryKey: watchlistKeys.lists }) > 0)
    void restartQueries(queryClient, { queryKey: watchlistKeys.lists });
}

/**
 * An entry changed (a `watchlist:entry` message): the filters are the server's to apply, so the reads of that
 * list's entries are refetched rather than patched with a guess about whether the entry still matches.
 */
export function applyWatchlistEntry(queryClient: QueryClient, entry: WatchlistEntry): Promise<void> {
  return restartQueries(queryClient, { queryKey: watchlistKeys.entriesOf(entry.watchlistId) });
}

/** The socket reconnected or the window regained focus: anything may have changed meanwhile. */
export function invalidateWatchlists(queryClient: QueryClient): Promise<void> {
  return restartQueries(queryClient, { queryKey: watchlistKeys.all });
}
