import type { IntelEvent } from '@tidewatch/contracts';

/** Severity from which an event interrupts the wall. */
export const ALERT_SEVERITY = 4;
/** Unacknowledged alerts held at most (the oldest go first): a wall runs for days. */
export const MAX_ALERTS = 20;

export interface WallAlert {
  event: IntelEvent;
  /** Client-clock ms when it arrived. */
  arrivedAt: number;
}

/**
 * The wall's unacknowledged alerts after one store delta: high-severity live arrivals go on top (newest
 * first), alerts whose event the store no longer holds go, and at most `max` are kept.
 * Returns `held` itself when nothing changed, so React can skip the render.
 */
export function mergeAlerts(
  held: readonly WallAlert[],
  added: readonly IntelEvent[],
  removedIds: readonly string[],
  arrivals: ReadonlyMap<string, number>,
  max = MAX_ALERTS,
): readonly WallAlert[] {
  const known = new Set(held.map((a) => a.event.id));
  const fresh: WallAlert[] = [];
  for (const event of added) {
    const arrivedAt = arrivals.get(event.id);
    if (event.severity >= ALERT_SEVERITY && arrivedAt !== undefined && !known.has(event.id))
      fresh.push({ event, arrivedAt });
  }
  const removed = new Set(removedIds);
  const kept = removed.size === 0 ? held : held.filter((a) => !removed.has(a.event.id));
  if (fresh.length === 0 && kept.length === held.length && held.length <= max) return held;
  return [...fresh.reverse(), ...kept].slice(0, max);
}

/** Drops alerts that arrived before `cutoff`; returns `held` itself when none did. */
export function expireAlerts(held: readonly WallAlert[], cutoff: number): readonly WallAlert[] {
  return held.some((a) => a.arrivedAt < cutoff) ? held.filter((a) => a.arrivedAt >= cutoff) : held;
}
