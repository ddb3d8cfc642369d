import type { StoredChange } from '@tidewatch/db';
import type { FederationChange, IntelEvent } from '@tidewatch/contracts';
import { releasableToPartner, type PartnerView } from '@tidewatch/domain';
import { federated } from './views.ts';

/**
 * FED-13/FED-14: what a partner is told of the changes in one feed page. Each changed event is considered once, at
 * its last change in the page, as it stands now (its latest version): the partner that may read it now gets that
 * version; the partner that could read it under the label the change replaced, and may not now (or the event is a
 * tombstone here), gets a tombstone with its id and version only; any other partner hears nothing, so a change
 * tells no partner of an event that was never released to it.
 */
export function changesFor(
  changes: readonly StoredChange[],
  partner: PartnerView,
  here: string,
  outbound: (event: IntelEvent) => IntelEvent,
): FederationChange[] {
  const lastPos = new Map(changes.map((c) => [c.event.id, c.pos]));
  const told: FederationChange[] = [];
  for (const change of changes) {
    if (lastPos.get(change.event.id) !== change.pos) continue;
    const now = federated(change.event);
    if (!change.withdrawn && releasableToPartner(now, partner, here)) {
      told.push({ kind: 'version', pos: change.pos, origin: now.origin ?? here, event: outbound(change.event) });
    } else if (releasableToPartner({ ...now, ...change.previous }, partner, here)) {
      told.push({ kind: 'withdrawn', pos: change.pos, id: change.event.id, version: change.event.version });
    }
  }
  return told;
}
