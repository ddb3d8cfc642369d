import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { watchActiveSocket } from '../live/activeSocket.ts';
import { listen } from '../live/messages.ts';
import { applyWatchlist, applyWatchlistEntry, invalidateWatchlists } from './watchlistCache.ts';

/**
 * Keeps the cached watchlist reads current: `watchlist:changed` / `watchlist:entry` from the server (parsed by
 * the message router, never trusted) update or invalidate the matching queries, and a reconnect or a regained
 * focus invalidates them all, since anything may have changed meanwhile.
 */
export function useWatchlistLive(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let detach: (() => void) | null = null;
    const stale = (): void => void invalidateWatchlists(queryClient);
    const unwatch = watchActiveSocket((socket) => {
      detach?.();
      detach = null;
      if (!socket) return;
      const stopChanged = listen(socket, 'watchlist:changed', (msg) => applyWatchlist(queryClient, msg.watchlist));
      const stopEntry = listen(socket, 'watchlist:entry', (msg) => void applyWatchlistEntry(queryClient, msg.entry));
      socket.on('connect', stale);
      detach = () => {
        stopChanged();
        stopEntry();
        socket.off('connect', stale);
      };
    });
    window.addEventListener('focus', stale);
    return () => {
      unwatch();
      detach?.();
      window.removeEventListener('focus', stale);
    };
  }, [queryClient]);
}
