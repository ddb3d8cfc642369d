import type { Tlp } from '@tidewatch/contracts';

/** Who is looking: an agency, and the sharing groups (agreements) it is an active member of. */
export interface Viewer {
  agency: string;
  groups: ReadonlySet<string>;
}

/** What any releasable item carries: an event, an annotation, a watchlist, an alert. */
export interface Releasable {
  ownerAgency: string;
  tlp: Tlp;
  recipients: readonly string[];
  sharingGroups: readonly string[];
}

/**
 * May `viewer` read `item`? The rules and their IDs are in SPEC.md (REL-1..REL-6); the SQL form in
 * packages/db (visibleTo) must agree with this function, and a property test holds them together.
 */
export function canRead(viewer: Viewer, item: Releasable): boolean {
  // REL-1: the owner always reads its own items.
  if (item.ownerAgency === viewer.agency) return true;
  switch (item.tlp) {
    // REL-2: CLEAR and GREEN reach the whole community of this deployment.
    case 'CLEAR':
    case 'GREEN':
      return true;
    // REL-3: AMBER and AMBER+STRICT reach named recipient agencies and members of named sharing groups.
    case 'AMBER':
    case 'AMBER+STRICT':
      return item.recipients.includes(viewer.agency) || item.sharingGroups.some((g) => viewer.groups.has(g));
    // REL-4: RED reaches named recipient agencies only; a sharing group never carries RED.
    case 'RED':
      return item.recipients.includes(viewer.agency);
  }
}

const TLP_RANK: Record<Tlp, number> = { CLEAR: 0, GREEN: 1, AMBER: 2, 'AMBER+STRICT': 3, RED: 4 };

/** The more restrictive of two TLP labels (REL-6: derived items carry the most restrictive of their inputs). */
export function stricterTlp(a: Tlp, b: Tlp): Tlp {
  return TLP_RANK[a] >= TLP_RANK[b] ? a : b;
}

/** Every item in `items` readable by `viewer`; used where filtering happens in memory (live stream). */
export function readableBy<T extends Releasable>(viewer: Viewer, items: readonly T[]): T[] {
  return items.filter((item) => canRead(viewer, item));
}

/** AUD-1: reads of these labels are audited (everything but CLEAR and GREEN). */
export function isRestrictedTlp(tlp: string): boolean {
  return tlp === 'AMBER' || tlp === 'AMBER+STRICT' || tlp === 'RED';
}
