import { QueryClient, QueryObserver } from '@tanstack/react-query';
import type { Watchlist, WatchlistEntry } from '@tidewatch/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { applyWatchlist, applyWatchlistEntry, invalidateWatchlists, watchlistKeys } from './watchlistCache.ts';

function watchlist(id: string, version: number, name = `list ${id}`): Watchlist {
  return {
    id,
    name,
    description: '',
    ownerAgency: 'JCF',
    releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
    createdBy: 'analyst',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    retiredAt: null,
    version,
    entryCount: 0,
  };
}

function entry(watchlistId: string): WatchlistEntry {
  return {
    id: 'entry-1',
    watchlistId,
    kind: 'vessel',
    mmsi: '339100001',
    imo: null,
    name: null,
    callSign: null,
    containerNumber: null,
    country: null,
    reason: 'seen at a rendezvous',
    addedBy: 'analyst',
    addedAt: '2026-12-01T00:00:00.000Z',
    expiresAt: null,
    retiredAt: null,
    updatedAt: '2026-12-01T00:00:00.000Z',
    version: 1,
  };
}

const clients: QueryClient[] = [];
function client(): QueryClient {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  clients.push(queryClient);
  return queryClient;
}
afterEach(() => {
  for (const queryClient of clients.splice(0)) queryClient.clear();
});

/** A mounted read, as a screen holds one: counts how often the server is asked. */
async function observe(queryClient: QueryClient, queryKey: readonly unknown[], answer: () => unknown) {
  let reads = 0;
  const observer = new QueryObserver(queryClient, {
    queryKey,
    queryFn: () => {
      reads += 1;
      return answer();
    },
  });
  const unsubscribe = observer.subscribe(() => undefined);
  await queryClient.getQueryCache().find({ queryKey })?.promise;
  return { reads: () => reads, unsubscribe };
}

describe('watchlist cache', () => {
  it('[WEB-5] a watchlist:changed message updates every cached list read without asking the server', async () => {
    const queryClient = client();
    const all = await observe(queryClient, watchlistKeys.list('', false), () => [watchlist('a', 1), watchlist('b', 1)]);
    const searched = await observe(queryClient, watchlistKeys.list('list a', true), () => [watchlist('a', 1)]);

    applyWatchlist(queryClient, watchlist('a', 2, 'renamed elsewhere'));

    expect(queryClient.getQueryData<Watchlist[]>(watchlistKeys.list('', false))?.map((w) => w.name)).toEqual([
      'renamed elsewhere',
      'list b',
    ]);
    expect(queryClient.getQueryData<Watchlist[]>(watchlistKeys.list('list a', true))?.[0]?.version).toBe(2);
    expect(all.reads()).toBe(1);
    expect(searched.reads()).toBe(1);
    all.unsubscribe();
    searched.unsubscribe();
  });

  it('[WEB-5] an older version arriving late never overwrites a newer one; a new list is added on top', async () => {
    const queryClient = client();
    const all = await observe(queryClient, watchlistKeys.list('', false), () => [watchlist('a', 3)]);

    applyWatchlist(queryClient, watchlist('a', 2, 'stale'));
    applyWatchlist(queryClient, watchlist('c', 1));

    const lists = queryClient.getQueryData<Watchlist[]>(watchlistKeys.list('', false));
    expect(lists?.map((w) => [w.id, w.version])).toEqual([
      ['c', 1],
      ['a', 3],
    ]);
    all.unsubscribe();
  });

  it('[WEB-5] a watchlist:entry message refetches the open entries of that list only', async () => {
    const queryClient = client();
    const filter = { q: '', kind: '' as const, includeRetired: false };
    let rows = 0;
    const open = await observe(queryClient, watchlistKeys.entries('a', filter), () => ({ items: [], total: rows }));
    const other = await observe(queryClient, watchlistKeys.entries('b', filter), () => ({ items: [], total: 0 }));

    rows = 1;
    await applyWatchlistEntry(queryClient, entry('a'));

    expect(open.reads()).toBe(2);
    expect(other.reads()).toBe(1);
    expect(queryClient.getQueryData<{ total: number }>(watchlistKeys.entries('a', filter))?.total).toBe(1);
    open.unsubscribe();
    other.unsubscribe();
  });

  it('[WEB-5] a reconnect refetches every open watchlist read', async () => {
    const queryClient = client();
    const filter = { q: '', kind: '' as const, includeRetired: false };
    const lists = await observe(queryClient, watchlistKeys.list('', false), () => [watchlist('a', 1)]);
    const entries = await observe(queryClient, watchlistKeys.entries('a', filter), () => ({ items: [], total: 0 }));

    await invalidateWatchlists(queryClient);

    expect(lists.reads()).toBe(2);
    expect(entries.reads()).toBe(2);
    lists.unsubscribe();
    entries.unsubscribe();
  });
  it('[WEB-5] a watchlist:changed message during the first list read is not lost to the older answer', async () => {
    const queryClient = client();
    let created = false;
    let answerStale = (): void => undefined;
    const observer = new QueryObserver(queryClient, {
      queryKey: watchlistKeys.list('', false),
      // A read that started before the list was created answers late, and without it.
      queryFn: () =>
        created
          ? [watchlist('a', 1)]
          : new Promise<Watchlist[]>((resolve) => {
              answerStale = () => resolve([]);
            }),
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));

    created = true;
    applyWatchlist(queryClient, watchlist('a', 1));
    answerStale();
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(queryClient.getQueryData<Watchlist[]>(watchlistKeys.list('', false))?.map((w) => w.id)).toEqual(['a']);
    unsubscribe();
  });
});
