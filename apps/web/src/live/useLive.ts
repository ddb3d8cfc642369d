import { useSyncExternalStore } from 'react';
import type { IntelEvent } from '@tidewatch/contracts';
import { liveStore, type LiveSnapshot } from './store.ts';

export function useLiveSnapshot(): LiveSnapshot {
  return useSyncExternalStore(liveStore.subscribe, liveStore.getSnapshot);
}

/** Re-renders only when the selected part changes; the selector must return a stored reference or a primitive. */
export function useLive<T>(select: (snapshot: LiveSnapshot) => T): T {
  return useSyncExternalStore(liveStore.subscribe, () => select(liveStore.getSnapshot()));
}

export function useLiveEvent(id: string | null): IntelEvent | undefined {
  return useLive((s) => (id === null ? undefined : s.byId.get(id)));
}
