import type { RiskAssessment, Tlp } from '@tidewatch/contracts';
import {
  assessRisk,
  reachWithin,
  type BehaviourFact,
  type EntryMatch,
  type HitFact,
  type Releasable,
} from '@tidewatch/domain';
import { merge } from '../watchlists/matcher-runtime.ts';
import type { IntelRequestContext } from '../intel-context.ts';

/** What scoring needs of a consignment, stored or about to be. */
export interface ScoringInput {
  releasable: Releasable;
  containers: readonly string[];
  shipper: { name: string };
  consignee: { name: string };
  notifyParty: { name: string } | null | undefined;
  hsCodes: readonly string[];
  goodsDescription: string;
  packagesKind: string | null;
  originLocode: string;
  transshipmentLocodes: readonly string[];
  destinationLocode: string;
  carrierImo: string | null;
  carrierMmsi: string | null;
  carrierName: string | null;
  etd: string | null;
  eta: string | null;
  createdAt: string;
}

const BEHAVIOUR_TYPES = ['ais_gap', 'encounter', 'loitering', 'identity_anomaly', 'impossible_movement'] as const;
const VOYAGE_LOOKBACK_MS = 14 * 24 * 3_600_000;

/** Every watchlist entry the consignment's containers, parties and carrier meet. */
export function matchConsignment(ctx: IntelRequestContext, c: ScoringInput, nowMs: number): EntryMatch[] {
  const found: EntryMatch[] = [];
  for (const container of c.containers) found.push(...ctx.matcher.index.matchContainer(container, nowMs));
  for (const party of [c.shipper, c.consignee, c.notifyParty])
    if (party) found.push(...ctx.matcher.index.matchParty(party.name, 'organisation', nowMs));
  if (c.carrierImo || c.carrierMmsi || c.carrierName)
    found.push(
      ...ctx.matcher.index.matchVessel({ imo: c.carrierImo, mmsi: c.carrierMmsi, name: c.carrierName }, nowMs),
    );
  return merge(found);
}

/**
 * Scores a consignment. Only what every reader of the consignment may read goes into the score (REL-6,
 * REL-8): a hit on a list the consignment's readers cannot all read, or an alert released more narrowly,
 * would otherwise leak through the number and its explanation.
 */
export async function scoreConsignment(
  ctx: IntelRequestContext,
  c: ScoringInput,
  found: readonly EntryMatch[],
  ownerGroups: ReadonlySet<string>,
): Promise<RiskAssessment> {
  const now = ctx.clock.now();
  const hits: HitFact[] = [];
  for (const { entry, matches } of found) {
    if (!reachWithin(c.releasable, entry.releasability, ownerGroups)) continue;
    const best = [...matches].sort((a, b) => b.score - a.score)[0];
    if (!best) continue;
    const field = best.field === 'organisation' ? 'party' : best.field;
    hits.push({
      ref: `entry:${entry.id}`,
      watchlist: entry.watchlistName ?? entry.watchlistId,
      field,
      how: best.how,
      score: best.score,
      value: best.value,
    });
  }
  const behaviour: BehaviourFact[] = [];
  if (c.carrierMmsi) {
    // The voyage: from departure (or two weeks before booking) to arrival (or now).
    const from = c.etd ?? new Date(Date.parse(c.createdAt) - VOYAGE_LOOKBACK_MS).toISOString();
    const to = c.eta && Date.parse(c.eta) < now.getTime() ? c.eta : now.toISOString();
    for (const a of await ctx.alerts.forVessel(c.carrierMmsi, BEHAVIOUR_TYPES, from, to)) {
      if (a.status === 'retracted') continue;
      if (
        !reachWithin(
          c.releasable,
          { ownerAgency: a.ownerAgency, tlp: a.tlp as Tlp, recipients: a.recipients, sharingGroups: a.sharingGroups },
          ownerGroups,
        )
      )
        continue;
      behaviour.push({ ref: `alert:${a.id}`, type: a.type as BehaviourFact['type'], summary: a.summary });
    }
  }
  return assessRisk({
    facts: {
      containers: c.containers,
      hsCodes: c.hsCodes,
      goodsDescription: c.goodsDescription,
      packagesKind: c.packagesKind,
      originLocode: c.originLocode,
      transshipmentLocodes: c.transshipmentLocodes,
      destinationLocode: c.destinationLocode,
      carrierImo: c.carrierImo,
      carrierMmsi: c.carrierMmsi,
    },
    hits,
    behaviour,
    now,
  });
}
