import type { LiveSocket } from './socket.ts';

/**
 * The one live socket, for features that ride on it (the vessel stream, feed statistics) without owning
 * it. connectLiveSocket registers it; Socket.IO reconnects reuse the same object, so listeners attached
 * here survive reconnects and only need to re-send their subscriptions on `connect`.
 */
let current: LiveSocket | null = null;
const listeners = new Set<(socket: LiveSocket | null) => void>();

export function setActiveSocket(socket: LiveSocket | null): void {
  if (current === socket) return;
  current = socket;
  for (const listener of listeners) listener(socket);
}

export function activeSocket(): LiveSocket | null {
  return current;
}

/** Calls `listener` now and whenever the socket is replaced; returns the unsubscribe function. */
export function watchActiveSocket(listener: (socket: LiveSocket | null) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}
