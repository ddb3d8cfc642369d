import { releasableToPartner, type FederatedItem } from './crossing.ts';
import type { Viewer } from '../releasability/policy.ts';

/** What the receiving deployment knows when a partner sends it an item. */
export interface Admission {
  /** This deployment's id. */
  here: string;
  /** The partner that sent the item. */
  sender: string;
  /** The agencies this deployment hosts, with their agreements here. */
  localAgencies: readonly Viewer[];
  /** Home deployment of each agency known here (null: hosted here); undefined for an unknown agency. */
  homeOf: (agency: string) => string | null | undefined;
}

/**
 * Why an item a partner sent must be refused (FED-7), or null when it may be stored. The item must name its
 * origin, must not have come from here (FED-6), must be owned by an agency that its origin hosts (a partner
 * speaks only for its own agencies, or relays what their origin released), and must be one the sender was
 * allowed to send here: the receiving side runs the sender's rule (releasableToPartner) with itself as the
 * partner, so a sender that leaks is caught at the border, not trusted.
 */
export function refusalOf(item: FederatedItem, admission: Admission): string | null {
  const { here, sender } = admission;
  if (item.origin === null) return 'the item names no origin deployment';
  if (item.origin === here) return 'the item originated on this deployment (echo)';
  const ownerHome = admission.homeOf(item.ownerAgency);
  if (ownerHome === undefined) return `owner agency ${item.ownerAgency} is not known here`;
  if (ownerHome !== item.origin) {
    return `owner agency ${item.ownerAgency} is not hosted by the origin deployment ${item.origin}`;
  }
  if (item.tlp === 'RED' && item.sharingGroups.length > 0) return 'a TLP:RED item names a sharing group';
  const asSeenBySender: FederatedItem = { ...item, origin: item.origin === sender ? null : item.origin };
  if (!releasableToPartner(asSeenBySender, { deployment: here, agencies: admission.localAgencies }, sender)) {
    return `${sender} was not allowed to send this item here`;
  }
  return null;
}
