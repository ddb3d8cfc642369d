import { useCallback, useEffect, useState } from 'react';
import type { IntelEvent } from '@tidewatch/contracts';
import { liveStore } from '../live/store.ts';

/** Severity from which an event interrupts the wall. */
export const ALERT_SEVERITY = 4;
/** Unacknowledged alerts held at most (the oldest go first): a wall runs for days. */
const MAX_ALERTS = 20;
const SWEEP_MS = 5_000;

export interface WallAlert {
  event: IntelEvent;
  /** Client-clock ms when it arrived. */
  arrivedAt: number;
}

/**
 * High-severity events that arrived over the live stream (not the history loaded at start), held until
 * someone acknowledges them on the wall (a click) or `alertMinutes` pass.
 */
export function useWallAlerts(alertMinutes: number, onNew?: (alert: WallAlert) => void) {
  const [alerts, setAlerts] = useState<readonly WallAlert[]>([]);

  useEffect(() => {
    return liveStore.subscribeDeltas((delta) => {
      const arrivals = liveStore.getSnapshot().arrivals;
      const fresh: WallAlert[] = [];
      for (const event of delta.added) {
        const arrivedAt = arrivals.get(event.id);
        if (event.severity >= ALERT_SEVERITY && arrivedAt !== undefined) fresh.push({ event, arrivedAt });
      }
      if (delta.removedIds.length === 0 && fresh.length === 0) return;
      setAlerts((held) => {
        const removed = new Set(delta.removedIds);
        const known = new Set(held.map((a) => a.event.id));
        const next = [...fresh.filter((a) => !known.has(a.event.id)).reverse(), ...held.filter((a) => !removed.has(a.event.id))];
        return next.slice(0, MAX_ALERTS);
      });
      const newest = fresh[fresh.length - 1];
      if (newest && onNew) onNew(newest);
    });
  }, [onNew]);

  // Expire on a slow sweep rather than one timer per alert.
  useEffect(() => {
    const timer = setInterval(() => {
      const cutoff = Date.now() - alertMinutes * 60_000;
      setAlerts((held) => (held.some((a) => a.arrivedAt < cutoff) ? held.filter((a) => a.arrivedAt >= cutoff) : held));
    }, SWEEP_MS);
    return () => clearInterval(timer);
  }, [alertMinutes]);

  const acknowledge = useCallback((id: string) => setAlerts((held) => held.filter((a) => a.event.id !== id)), []);
  const acknowledgeAll = useCallback(() => setAlerts([]), []);
  return { alerts, acknowledge, acknowledgeAll };
}
