import type { IntelEvent } from '@tidewatch/contracts';

/** What the store holds: newest first (seq descending), plus an index by id for dedupe and revisions. */
export interface EventWindow {
  events: readonly IntelEvent[];
  byId: ReadonlyMap<string, IntelEvent>;
}

export interface MergeResult extends EventWindow {
  /** Events now held that were not held before (new ids, or a newer revision of a held id). */
  added: IntelEvent[];
  /** Ids no longer held: evicted to stay within capacity. */
  removedIds: string[];
}

/** Binary search on the seq-descending list: is this seq already held (under any id)? */
function holdsSeq(events: readonly IntelEvent[], seq: number): boolean {
  let lo = 0;
  let hi = events.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = events[mid]?.seq ?? 0;
    if (at === seq) return true;
    if (at > seq) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Merges a batch into the window. Pure, so it is unit-testable and the store stays a thin shell.
 *
 * - A seq already held is a duplicate (replay after reconnect overlaps what REST returned) and is skipped.
 * - The same id with a higher seq is a revision (a late AIS message can reopen an event): it replaces the
 *   held version rather than appearing twice.
 * - Beyond `capacity` the oldest (lowest seq) are dropped so a wall display can run for days.
 * Returns null when nothing changed, so callers can skip notifying.
 */
export function mergeEvents(
  window: EventWindow,
  incoming: readonly IntelEvent[],
  capacity: number,
): MergeResult | null {
  const accepted = new Map<string, IntelEvent>();
  for (const event of incoming) {
    const held = accepted.get(event.id) ?? window.byId.get(event.id);
    if (held && held.seq >= event.seq) continue;
    if (!held && holdsSeq(window.events, event.seq)) continue;
    accepted.set(event.id, event);
  }
  if (accepted.size === 0) return null;

  const fresh = [...accepted.values()].sort((a, b) => b.seq - a.seq);
  // Both lists are seq-descending: a linear merge keeps this O(n) even for a replay of thousands.
  const merged: IntelEvent[] = [];
  let i = 0;
  let j = 0;
  const old = window.events;
  while (merged.length < capacity && (i < old.length || j < fresh.length)) {
    const a = old[i];
    const b = fresh[j];
    if (a && accepted.has(a.id)) {
      i++; // superseded by a revision in this batch
      continue;
    }
    if (a && (!b || a.seq > b.seq)) {
      merged.push(a);
      i++;
    } else if (b) {
      merged.push(b);
      j++;
    }
  }

  const byId = new Map(window.byId);
  const removedIds: string[] = [];
  for (; i < old.length; i++) {
    const dropped = old[i];
    if (dropped && !accepted.has(dropped.id)) {
      byId.delete(dropped.id);
      removedIds.push(dropped.id);
    }
  }
  const added: IntelEvent[] = [];
  for (const event of fresh) {
    byId.delete(event.id);
  }
  for (const event of merged) {
    if (accepted.get(event.id) === event) added.push(event);
    byId.set(event.id, event);
  }
  // A revision that arrived but did not fit (older than everything kept) takes its old version with it.
  for (const event of fresh) {
    if (!byId.has(event.id) && window.byId.has(event.id)) removedIds.push(event.id);
  }
  return { events: merged, byId, added, removedIds };
}
