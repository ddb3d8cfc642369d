import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Watchlist, WatchlistEntry } from '@tidewatch/contracts';
import { errorMessage, unwrap } from '../data/index.ts';
import { useDebounced } from '../data/useDebounced.ts';
import { fetchEntries, fetchWatchlists, retireEntry, retireWatchlist } from './api.ts';
import { type EntryFilter, invalidateWatchlists, watchlistKeys } from './watchlistCache.ts';

// Searches settle for this long before a read goes out (the screen's old debounce, kept).
const SEARCH_SETTLE_MS = 200;

/** The watchlists this agency may read, filtered by the server; the previous answer stays while a new one loads. */
export function useWatchlists(q: string, includeRetired: boolean) {
  const settledQ = useDebounced(q, SEARCH_SETTLE_MS);
  const query = useQuery({
    queryKey: watchlistKeys.list(settledQ, includeRetired),
    queryFn: ({ signal }) => unwrap(fetchWatchlists(settledQ, includeRetired, signal)),
    placeholderData: keepPreviousData,
  });
  return { lists: query.data ?? null, error: errorMessage(query.error) };
}

/** One page of a watchlist's entries (none while no list is chosen). */
export function useWatchlistEntries(watchlistId: string | null, filter: EntryFilter) {
  // Only the typed search is debounced (a primitive, so the hook settles); a kind or a tick box reads at once.
  const settledQ = useDebounced(filter.q, SEARCH_SETTLE_MS);
  const settled: EntryFilter = { q: settledQ, kind: filter.kind, includeRetired: filter.includeRetired };
  const query = useQuery({
    queryKey: watchlistKeys.entries(watchlistId ?? '', settled),
    queryFn: ({ signal }) => unwrap(fetchEntries(watchlistId ?? '', settled, signal)),
    enabled: watchlistId !== null,
    placeholderData: (previous, previousQuery) =>
      // Keep the old rows while the filter changes, never while switching to another list.
      previousQuery?.queryKey[2] === watchlistId ? previous : undefined,
  });
  return { entries: watchlistId === null ? null : (query.data ?? null), error: errorMessage(query.error) };
}

/** Retiring writes: each answers the server's message on failure, and invalidates the feature's reads. */
export function useRetireMutations() {
  const queryClient = useQueryClient();
  const settle = () => invalidateWatchlists(queryClient);
  const retireEntryMutation = useMutation({
    mutationFn: (entry: WatchlistEntry) => unwrap(retireEntry(entry.watchlistId, entry.id, entry.version)),
    onSettled: settle,
  });
  const retireListMutation = useMutation({
    mutationFn: (watchlist: Watchlist) => unwrap(retireWatchlist(watchlist.id, watchlist.version)),
    onSettled: settle,
  });
  return { retireEntry: retireEntryMutation, retireList: retireListMutation };
}
