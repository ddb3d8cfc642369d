import { useCallback, useEffect, useState } from 'react';
import { liveStore } from '../live/store.ts';
import { ALERT_SEVERITY, expireAlerts, mergeAlerts, type WallAlert } from './alertQueue.ts';

const SWEEP_MS = 5_000;

/**
 * High-severity events that arrived over the live stream (not the history loaded at start), held until
 * someone acknowledges them on the wall (a click) or `alertMinutes` pass.
 */
export function useWallAlerts(alertMinutes: number, onNew?: (alert: WallAlert) => void) {
  const [alerts, setAlerts] = useState<readonly WallAlert[]>([]);

  useEffect(() => {
    return liveStore.subscribeDeltas((delta) => {
      const arrivals = liveStore.getSnapshot().arrivals;
      let newest: WallAlert | undefined;
      for (const event of delta.added) {
        const arrivedAt = arrivals.get(event.id);
        if (event.severity >= ALERT_SEVERITY && arrivedAt !== undefined) newest = { event, arrivedAt };
      }
      if (delta.removedIds.length === 0 && newest === undefined) return;
      setAlerts((held) => mergeAlerts(held, delta.added, delta.removedIds, arrivals));
      if (newest && onNew) onNew(newest);
    });
  }, [onNew]);

  // Expire on a slow sweep rather than one timer per alert.
  useEffect(() => {
    const timer = setInterval(
      () => setAlerts((held) => expireAlerts(held, Date.now() - alertMinutes * 60_000)),
      SWEEP_MS,
    );
    return () => clearInterval(timer);
  }, [alertMinutes]);

  const acknowledge = useCallback((id: string) => setAlerts((held) => held.filter((a) => a.event.id !== id)), []);
  const acknowledgeAll = useCallback(() => setAlerts([]), []);
  return { alerts, acknowledge, acknowledgeAll };
}
