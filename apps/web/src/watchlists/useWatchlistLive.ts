import { useEffect, useRef } from 'react';
import { EVENT_SCHEMA_VERSION, Watchlist, WatchlistEntry } from '@tidewatch/contracts';
import { watchActiveSocket } from '../live/activeSocket.ts';

interface Handlers {
  onWatchlist: (watchlist: Watchlist) => void;
  onEntry: (entry: WatchlistEntry) => void;
  /** The window regained focus or the socket reconnected: anything may have changed meanwhile. */
  onStale: () => void;
}

/** `watchlist:changed` / `watchlist:entry` from the server (parsed, never trusted), plus a refetch on focus. */
export function useWatchlistLive(handlers: Handlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    let detach: (() => void) | null = null;
    const unwatch = watchActiveSocket((socket) => {
      detach?.();
      detach = null;
      if (!socket) return;
      const onChanged = (raw: unknown): void => {
        if (
          typeof raw !== 'object' ||
          raw === null ||
          !('v' in raw) ||
          raw.v !== EVENT_SCHEMA_VERSION ||
          !('watchlist' in raw)
        )
          return;
        const parsed = Watchlist.safeParse(raw.watchlist);
        if (parsed.success) ref.current.onWatchlist(parsed.data);
      };
      const onEntry = (raw: unknown): void => {
        if (
          typeof raw !== 'object' ||
          raw === null ||
          !('v' in raw) ||
          raw.v !== EVENT_SCHEMA_VERSION ||
          !('entry' in raw)
        )
          return;
        const parsed = WatchlistEntry.safeParse(raw.entry);
        if (parsed.success) ref.current.onEntry(parsed.data);
      };
      const onConnect = (): void => ref.current.onStale();
      socket.on('watchlist:changed', onChanged);
      socket.on('watchlist:entry', onEntry);
      socket.on('connect', onConnect);
      detach = () => {
        socket.off('watchlist:changed', onChanged);
        socket.off('watchlist:entry', onEntry);
        socket.off('connect', onConnect);
      };
    });
    const onFocus = (): void => ref.current.onStale();
    window.addEventListener('focus', onFocus);
    return () => {
      unwatch();
      detach?.();
      window.removeEventListener('focus', onFocus);
    };
  }, []);
}
