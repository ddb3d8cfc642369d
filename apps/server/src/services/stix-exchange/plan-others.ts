import { TLP_LEVELS, type Tlp } from '@tidewatch/contracts';
import type { NewStixOtherObject } from '@tidewatch/db';
import { type StixObject, tlpFromMarkingRefs } from '@tidewatch/stix';
import type { RequestContext } from '../context.ts';
import type { OutcomeList } from './outcomes.ts';
import { nameOf, type Position, versionOf } from './bundle-positions.ts';

/** XCH-4: an object that names no TLP marking is kept as AMBER for the importing agency alone. */
export const UNMARKED_TLP: Tlp = 'AMBER';

/**
 * The TLP a kept object is released under: the strictest TLP 2.0 (or 1.0) marking among its
 * `object_marking_refs`, so two conflicting markings never make it looser than either; AMBER when none.
 */
export function tlpOfMarkings(object: StixObject): Tlp {
  const refs = Array.isArray(object.object_marking_refs)
    ? object.object_marking_refs.filter((r): r is string => typeof r === 'string')
    : [];
  let strictest: Tlp | undefined;
  for (const ref of refs) {
    const tlp = tlpFromMarkingRefs([ref]);
    if (tlp && (strictest === undefined || TLP_LEVELS.indexOf(tlp) > TLP_LEVELS.indexOf(strictest))) strictest = tlp;
  }
  return strictest ?? UNMARKED_TLP;
}

/**
 * Decides what each unmapped object becomes (XCH-4): kept verbatim for the caller's agency, released by its
 * markings to the whole community (CLEAR, GREEN) or to that agency alone (AMBER, AMBER+STRICT, RED: a partner's
 * marking names no agency of ours, so nobody else here is a named recipient); unchanged when the agency already
 * holds that version or a newer one. Answers the rows to store.
 */
export async function planOthers(
  ctx: RequestContext,
  others: readonly StixObject[],
  positions: ReadonlyMap<string, Position>,
  outcomes: OutcomeList,
  now: string,
): Promise<NewStixOtherObject[]> {
  const agency = ctx.actor.agency;
  const held = new Map(
    (
      await ctx.stix.ownOthers(
        agency,
        others.map((o) => o.id),
      )
    ).map((row) => [row.stixId, row]),
  );
  const rows = new Map<string, NewStixOtherObject>();
  for (const object of others) {
    const position = positions.get(object.id);
    const modified = versionOf(object);
    // Of several versions in the bundle, only the latest is kept; the others are reported as skipped.
    if (!position || versionOf(position.object) !== modified) continue;
    const base = { index: position.index, id: object.id, type: object.type, title: nameOf(object) };
    const becomes = { kind: 'other', id: object.id };
    const stored = held.get(object.id);
    // Idempotent by id and version; an object without a version (a cyber observable) is one version for ever.
    if (stored && stored.modified >= modified) {
      outcomes.set({ ...base, outcome: 'unchanged', becomes });
      continue;
    }
    outcomes.set({ ...base, outcome: stored ? 'updated' : 'kept-as-other', becomes });
    rows.set(object.id, {
      ownerAgency: agency,
      stixId: object.id,
      type: object.type,
      modified,
      name: nameOf(object) ?? null,
      object,
      tlp: tlpOfMarkings(object),
      recipients: [],
      sharingGroups: [],
      importedBy: ctx.actor.name,
      importedAt: now,
    });
  }
  return [...rows.values()];
}
