import type { Releasability, Tlp } from '@tidewatch/contracts';
import { groupsOf, partnersOf, type AgencyCode, type SharingGroupId } from '../agencies.ts';
import type { Rng } from '../random.ts';
import type { Sensitivity } from './types.ts';

/**
 * How an owner releases an event, following TLP 2.0 and the sharing agreements it is party to:
 * CLEAR and GREEN go to the whole community, AMBER to an agreement group (or named partners when the owner has
 * no narrower agreement), AMBER+STRICT and RED only to named partner agencies. The owner is never a recipient
 * and only releases through groups it belongs to.
 */

const TLP_WEIGHTS: Record<Sensitivity, readonly (readonly [Tlp, number])[]> = {
  routine: [
    ['CLEAR', 14],
    ['GREEN', 56],
    ['AMBER', 25],
    ['AMBER+STRICT', 4],
    ['RED', 1],
  ],
  sensitive: [
    ['CLEAR', 2],
    ['GREEN', 30],
    ['AMBER', 48],
    ['AMBER+STRICT', 13],
    ['RED', 7],
  ],
  restricted: [
    ['GREEN', 4],
    ['AMBER', 36],
    ['AMBER+STRICT', 30],
    ['RED', 30],
  ],
};

const COMMUNITY: SharingGroupId = 'caribbean-fusion';

export function chooseReleasability(
  rng: Rng,
  owner: AgencyCode,
  audience: readonly AgencyCode[],
  sensitivity: Sensitivity,
  forced?: Tlp,
): Releasability {
  const tlp = forced ?? rng.weighted(TLP_WEIGHTS[sensitivity]);
  const partners = partnersOf(owner);
  const interested = audience.filter((a) => a !== owner && partners.includes(a));
  // Named recipients come from the agencies the story matters to, or any partner if the scenario named none.
  const candidates = interested.length > 0 ? interested : partners;

  switch (tlp) {
    case 'CLEAR':
      return { tlp, recipients: [], sharingGroups: [] };
    case 'GREEN':
      return { tlp, recipients: [], sharingGroups: [COMMUNITY] };
    case 'AMBER': {
      const narrow = groupsOf(owner).filter(
        (g) => g.id !== COMMUNITY && g.members.some((m) => m !== owner && interested.includes(m)),
      );
      if (narrow.length === 0) {
        return {
          tlp,
          recipients: rng.sample(candidates, rng.int(1, Math.min(3, candidates.length))),
          sharingGroups: [],
        };
      }
      const group = rng.pick(narrow);
      const members: readonly AgencyCode[] = group.members;
      // Sometimes one more interested partner outside the agreement is named alongside it.
      const extra = interested.filter((a) => !members.includes(a));
      const recipients = extra.length > 0 && rng.chance(0.35) ? [rng.pick(extra)] : [];
      return { tlp, recipients, sharingGroups: [group.id] };
    }
    case 'AMBER+STRICT':
    case 'RED':
      return { tlp, recipients: rng.sample(candidates, rng.int(1, Math.min(2, candidates.length))), sharingGroups: [] };
  }
}
