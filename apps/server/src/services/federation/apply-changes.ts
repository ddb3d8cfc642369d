import type { OwnedLabel, ReceivedVersion, TransactionScope } from '@tidewatch/db';
import type { FederationChange, FederationFeedItem, IntelEvent } from '@tidewatch/contracts';

/** FED-14: a received event withdrawn here, with the label it had (whose readers' dashboards must drop it). */
export interface Withdrawal {
  id: string;
  before: OwnedLabel;
}

/** An item or change a partner sent that this deployment may not hold (FED-7), and where it was in the page. */
export interface Refusal {
  event: IntelEvent;
  origin: string;
  at: { seq: number } | { pos: number };
  reason: string;
}

/** What a newer version of a received event changes here: all but its identity, times and seq. */
export function versionOf(event: IntelEvent): ReceivedVersion {
  return {
    title: event.title,
    summary: event.summary,
    place: event.place,
    position: event.position,
    severity: event.severity,
    grading: event.grading,
    subjects: event.subjects,
    seizure: event.seizure,
    status: event.status,
    version: event.version,
    label: { ...event.releasability },
  };
}

/**
 * FED-13/FED-14: applies, inside the pull's transaction, the newer versions a page carries (items already stored
 * here, and `version` changes) and its tombstones. Versions are compared, so an older copy never overwrites a newer
 * one and a tombstone never loses to the version it withdrew. A version this deployment may not hold (refused as
 * an item would be, FED-7) withdraws the copy held here: a received item is never kept wider than its origin now
 * releases it.
 */
export async function applyChanges({
  scope,
  items,
  changes,
  check,
  now,
}: {
  scope: TransactionScope;
  items: readonly FederationFeedItem[];
  changes: readonly FederationChange[];
  check: (event: IntelEvent, origin: string) => string | null;
  now: string;
}): Promise<{ updated: IntelEvent[]; withdrawn: Withdrawal[]; refused: Refusal[] }> {
  const updated = new Map<string, IntelEvent>();
  const withdrawn = new Map<string, Withdrawal>();
  const refused: Refusal[] = [];
  const withdraw = async (id: string, version: number) => {
    const before = await scope.eventChanges.withdraw(id, version, now);
    if (!before) return;
    updated.delete(id);
    withdrawn.set(id, { id, before });
  };
  const newer = async (event: IntelEvent, origin: string, at: Refusal['at']) => {
    const reason = check(event, origin);
    if (reason !== null) {
      refused.push({ event, origin, at, reason });
      await withdraw(event.id, event.version);
      return;
    }
    const applied = await scope.eventChanges.applyNewer(event.id, versionOf(event), origin, now);
    if (!applied) return;
    updated.set(applied.id, applied);
    withdrawn.delete(applied.id);
  };
  for (const item of items) await newer(item.event, item.origin, { seq: item.seq });
  for (const change of changes) {
    if (change.kind === 'version') await newer(change.event, change.origin, { pos: change.pos });
    else await withdraw(change.id, change.version);
  }
  return { updated: [...updated.values()], withdrawn: [...withdrawn.values()], refused };
}
