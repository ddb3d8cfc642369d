import { canRead, type Releasable, type Viewer } from '../releasability/policy.ts';

/** An item as federation sees it: its releasability and the deployment it was first written on. */
export interface FederatedItem extends Releasable {
  /** Deployment id of the item's origin; null when it was written on the deployment that holds it. */
  origin: string | null;
}

/** A partner deployment as the sending side knows it: its id and the agencies it hosts, with their agreements here. */
export interface PartnerView {
  deployment: string;
  agencies: readonly Viewer[];
}

/**
 * May `item`, held on deployment `here`, be sent to `partner`? The rules are FED-3..FED-6 in SPEC.md. The one
 * releasability rule (canRead) is applied first, for each agency the partner hosts; federation only narrows it:
 * - FED-6: nothing goes back to the deployment it came from (no echo);
 * - FED-3: a partner deployment is outside this deployment's TLP:CLEAR/GREEN community, so CLEAR, GREEN and
 *   AMBER reach it only for a named recipient or a member of one of the item's agreements;
 * - FED-4: AMBER+STRICT and RED reach it only for a named recipient agency;
 * - FED-5: an item received from elsewhere goes on to a third deployment only for a named recipient it hosts,
 *   which the origin would have sent it to itself: a hop never widens an item (no laundering).
 * The receiving side applies the same function to what it is sent, as the sender should have (FED-7).
 */
export function releasableToPartner(item: FederatedItem, partner: PartnerView, here: string): boolean {
  const origin = item.origin ?? here;
  if (origin === partner.deployment) return false;
  const relayed = origin !== here;
  return partner.agencies.some((viewer) => crossesFor(viewer, item, relayed));
}

function crossesFor(viewer: Viewer, item: FederatedItem, relayed: boolean): boolean {
  if (!canRead(viewer, item)) return false;
  const named = item.recipients.includes(viewer.agency);
  if (named || relayed) return named;
  if (item.tlp === 'AMBER+STRICT' || item.tlp === 'RED') return false;
  return item.sharingGroups.some((group) => viewer.groups.has(group));
}
