import type { Tlp } from '@tidewatch/contracts';
import { canRead, stricterTlp, type Releasable, type Viewer } from './policy.ts';

export interface DerivedReleasability {
  tlp: Tlp;
  recipients: string[];
  sharingGroups: string[];
}

/**
 * REL-6: a derived item (an alert built from other items) carries the most restrictive TLP of its inputs and
 * only the recipients common to all of them. Recipients of a restricted input are its owner and its named
 * agencies; sharing groups survive only when every restricted input names them (and never under RED). The
 * result is conservative: an agency reaching one input through a group and another by name is left out.
 *
 * Returns null when `owner` (who will own the derived item and always read it, REL-1) may not read every
 * input: then no derived item may be made for that owner at all.
 */
export function deriveReleasability(inputs: readonly Releasable[], owner: Viewer): DerivedReleasability | null {
  if (!inputs.every((input) => canRead(owner, input))) return null;
  let tlp: Tlp = 'CLEAR';
  const restricted = inputs.filter((input) => input.tlp !== 'CLEAR' && input.tlp !== 'GREEN');
  for (const input of inputs) tlp = stricterTlp(tlp, input.tlp);
  const common = (sets: Set<string>[]): string[] => {
    const [first, ...rest] = sets;
    return first ? [...first].filter((x) => rest.every((s) => s.has(x))) : [];
  };
  const agencies = common(restricted.map((input) => new Set([input.ownerAgency, ...input.recipients])));
  const groups = common(restricted.map((input) => new Set(input.tlp === 'RED' ? [] : input.sharingGroups)));
  const recipients = agencies.filter((a) => a !== owner.agency).sort();
  // The owner can only release through groups it belongs to (ingest refuses others), and RED never goes to a group (REL-4).
  const sharingGroups = tlp === 'RED' ? [] : groups.filter((g) => owner.groups.has(g)).sort();
  if (tlp === 'CLEAR' || tlp === 'GREEN') return { tlp, recipients: [], sharingGroups: [] };
  return { tlp, recipients, sharingGroups };
}

/**
 * Does everyone who may read `item` also read `bound`? Used before folding `bound` into something released
 * like `item` (a watchlist hit into a consignment's risk score, REL-6/REL-8: a score must not reveal a list
 * entry to a reader of the consignment who may not read the list). Conservative: group reach counts only
 * through groups both name, and `itemOwnerGroups` for the item's owner.
 */
export function reachWithin(item: Releasable, bound: Releasable, itemOwnerGroups: ReadonlySet<string>): boolean {
  if (bound.tlp === 'CLEAR' || bound.tlp === 'GREEN') return true;
  if (item.tlp === 'CLEAR' || item.tlp === 'GREEN') return false;
  const allowed = new Set([bound.ownerAgency, ...bound.recipients]);
  const groups = new Set(bound.tlp === 'RED' ? [] : bound.sharingGroups);
  const ownerOk = allowed.has(item.ownerAgency) || [...itemOwnerGroups].some((g) => groups.has(g));
  const itemGroups = item.tlp === 'RED' ? [] : item.sharingGroups;
  return ownerOk && item.recipients.every((r) => allowed.has(r)) && itemGroups.every((g) => groups.has(g));
}
