import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SeaNotices } from '@tidewatch/contracts';
import { restartQueries, unwrap } from '../data/index.ts';
import { watchActiveSocket } from '../live/activeSocket.ts';
import { listen } from '../live/messages.ts';
import { fetchSeaNotices } from './api.ts';
import { seaNoticeStore } from './seaNoticeStore.ts';

export const seaNoticeKeys = { all: ['seaNotices'] as const };

/** A pushed set replaces the cached one unless the cache already holds a newer one (answers and pushes cross). */
export function applySeaNotices(previous: SeaNotices | undefined, next: SeaNotices): SeaNotices {
  return previous !== undefined && Date.parse(previous.at) > Date.parse(next.at) ? previous : next;
}

/**
 * Area notices and weather at sea: read once, then kept current by `seaNotices:changed` (the whole set, so
 * it replaces the cache); a reconnect reads again, since pushes may have been missed. The map reads them
 * through seaNoticeStore.
 */
export function useSeaNotices(): SeaNotices | undefined {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: seaNoticeKeys.all,
    queryFn: ({ signal }) => unwrap(fetchSeaNotices(signal)),
  });
  useEffect(() => {
    let detach: (() => void) | null = null;
    const stale = (): void => void restartQueries(queryClient, { queryKey: seaNoticeKeys.all });
    const unwatch = watchActiveSocket((socket) => {
      detach?.();
      detach = null;
      if (!socket) return;
      const stop = listen(socket, 'seaNotices:changed', (msg) =>
        queryClient.setQueryData<SeaNotices>(seaNoticeKeys.all, (prev) => applySeaNotices(prev, msg)),
      );
      socket.on('connect', stale);
      detach = () => {
        stop();
        socket.off('connect', stale);
      };
    });
    return () => {
      unwatch();
      detach?.();
    };
  }, [queryClient]);
  useEffect(() => {
    seaNoticeStore.set(query.data ?? null);
  }, [query.data]);
  return query.data;
}
