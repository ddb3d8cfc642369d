import { useEffect, useRef } from 'react';
import type { Watchlist, WatchlistEntry } from '@tidewatch/contracts';
import { watchActiveSocket } from '../live/activeSocket.ts';
import { listen } from '../live/messages.ts';

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
      const onConnect = (): void => ref.current.onStale();
      const stopChanged = listen(socket, 'watchlist:changed', (msg) => ref.current.onWatchlist(msg.watchlist));
      const stopEntry = listen(socket, 'watchlist:entry', (msg) => ref.current.onEntry(msg.entry));
      socket.on('connect', onConnect);
      detach = () => {
        stopChanged();
        stopEntry();
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
