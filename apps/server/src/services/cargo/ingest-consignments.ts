import {
  ConsignmentInput,
  isValidContainerNumber,
  type ConsignmentIngestResult,
  type ParsedConsignmentInput,
  type Tlp,
} from '@tidewatch/contracts';
import type { ConsignmentRow, NewConsignmentRow } from '@tidewatch/db';
import { publishHits } from '../alerts/hit-publisher.ts';
import { actorLabel, type IntelRequestContext } from '../intel-context.ts';
import { requirePermission } from '../auth/principal.ts';
import { ServiceError, forbidden, issuesFromZod, validationError } from '../errors.ts';
import { checkReleasability } from '../watchlists/check-releasability.ts';
import { publishAlert } from '../alerts/publish-alert.ts';
import { toConsignment } from './consignment-dto.ts';
import { matchConsignment, scoreConsignment, type ScoringInput } from './score-consignment.ts';

export interface RawConsignment {
  /** Line of a CSV record, or position (1-based) in a JSON array. */
  line: number;
  value: unknown;
}

function scoringInput(p: ParsedConsignmentInput, createdAt: string): ScoringInput {
  return {
    releasable: { ownerAgency: p.ownerAgency, ...p.releasability },
    containers: p.containers,
    shipper: p.shipper,
    consignee: p.consignee,
    notifyParty: p.notifyParty,
    hsCodes: p.hsCodes,
    goodsDescription: p.goodsDescription,
    packagesKind: p.packages?.kind ?? null,
    originLocode: p.originLocode,
    transshipmentLocodes: p.transshipmentLocodes,
    destinationLocode: p.destinationLocode,
    carrierImo: p.carrier.imo ?? null,
    carrierMmsi: p.carrier.mmsi ?? null,
    carrierName: p.carrier.name ?? null,
    etd: p.etd ?? null,
    eta: p.eta ?? null,
    createdAt,
  };
}

export function scoringInputOf(row: ConsignmentRow): ScoringInput {
  return {
    releasable: {
      ownerAgency: row.ownerAgency,
      tlp: row.tlp as Tlp,
      recipients: row.recipients,
      sharingGroups: row.sharingGroups,
    },
    containers: row.containers,
    shipper: row.shipper,
    consignee: row.consignee,
    notifyParty: row.notifyParty,
    hsCodes: row.hsCodes,
    goodsDescription: row.goodsDescription,
    packagesKind: row.packages?.kind ?? null,
    originLocode: row.originLocode,
    transshipmentLocodes: row.transshipmentLocodes,
    destinationLocode: row.destinationLocode,
    carrierImo: row.carrierImo,
    carrierMmsi: row.carrierMmsi,
    carrierName: row.carrierName,
    etd: row.etd,
    eta: row.eta,
    createdAt: row.createdAt,
  };
}

/**
 * Validates, scores and stores consignments (JSON or CSV records), like events: the owner is the actor's
 * agency (AUTH-1; the system actor of the simulator excepted), releasability is checked, and bad records are
 * reported with their line while the good ones are stored together in one transaction. Watchlist hits become
 * watchlist_hit events and a red lane a cargo_alert event, each released no wider than the consignment.
 */
export async function ingestConsignments({
  ctx,
  records,
}: {
  ctx: IntelRequestContext;
  records: readonly RawConsignment[];
}): Promise<ConsignmentIngestResult> {
  requirePermission(ctx, 'events:write');
  const errors: ConsignmentIngestResult['errors'] = [];
  const good: ParsedConsignmentInput[] = [];
  for (const record of records) {
    const parsed = ConsignmentInput.safeParse(record.value);
    if (!parsed.success) {
      errors.push({
        line: record.line,
        reason: issuesFromZod(parsed.error)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; '),
      });
      continue;
    }
    if (ctx.actor.kind !== 'system' && parsed.data.ownerAgency !== ctx.actor.agency) {
      if (records.length === 1)
        throw forbidden(
          `${ctx.actor.name} of ${ctx.actor.agency} may not submit consignments owned by ${parsed.data.ownerAgency}`,
        );
      errors.push({
        line: record.line,
        reason: `ownerAgency: ${ctx.actor.agency} may not submit for ${parsed.data.ownerAgency}`,
      });
      continue;
    }
    try {
      await checkReleasability(ctx, parsed.data.ownerAgency, parsed.data.releasability);
    } catch (err) {
      if (!(err instanceof ServiceError)) throw err;
      errors.push({ line: record.line, reason: err.message });
      continue;
    }
    good.push(parsed.data);
  }
  if (records.length === 1 && errors.length === 1 && good.length === 0) {
    const only = records[0];
    const parsed = ConsignmentInput.safeParse(only?.value);
    if (!parsed.success) throw validationError(parsed.error, 'consignment');
    throw new ServiceError('unprocessable', errors[0]?.reason ?? 'refused');
  }

  const now = ctx.clock.now();
  const at = now.toISOString();
  const by = actorLabel(ctx);
  const groupCache = new Map<string, ReadonlySet<string>>();
  const groupsOf = async (agency: string): Promise<ReadonlySet<string>> => {
    let groups = groupCache.get(agency);
    if (!groups) {
      groups = new Set(await ctx.sharingGroups.activeGroupsOf(agency));
      groupCache.set(agency, groups);
    }
    return groups;
  };
  const prepared: { row: NewConsignmentRow; scoring: ScoringInput; found: ReturnType<typeof matchConsignment> }[] = [];
  for (const p of good) {
    const scoring = scoringInput(p, at);
    const found = matchConsignment(ctx, scoring, now.getTime());
    const risk = await scoreConsignment(ctx, scoring, found, await groupsOf(p.ownerAgency));
    prepared.push({
      scoring,
      found,
      row: {
        billOfLading: p.billOfLading,
        ownerAgency: p.ownerAgency,
        tlp: p.releasability.tlp,
        recipients: p.releasability.recipients,
        sharingGroups: p.releasability.sharingGroups,
        containers: p.containers,
        shipper: p.shipper,
        consignee: p.consignee,
        notifyParty: p.notifyParty ?? null,
        hsCodes: p.hsCodes,
        goodsDescription: p.goodsDescription,
        packages: p.packages ?? null,
        grossWeightKg: p.grossWeightKg ?? null,
        originLocode: p.originLocode,
        transshipmentLocodes: p.transshipmentLocodes,
        destinationLocode: p.destinationLocode,
        carrierImo: p.carrier.imo ?? null,
        carrierMmsi: p.carrier.mmsi ?? null,
        carrierName: p.carrier.name ?? null,
        carrierFlag: p.carrier.flag ?? null,
        voyage: p.voyage ?? null,
        etd: p.etd ? new Date(p.etd).toISOString() : null,
        eta: p.eta ? new Date(p.eta).toISOString() : null,
        status: 'booked',
        riskScore: risk.score,
        lane: risk.lane,
        risk,
        createdBy: by,
        createdAt: at,
        updatedAt: at,
      },
    });
  }
  const stored = await ctx.cargo.insertMany(
    prepared.map((p) => p.row),
    by,
    at,
  );
  const movements = await ctx.cargo.movementsOf(stored.filter((s) => s.created).map((s) => s.row.id));
  for (const [i, { row, created }] of stored.entries()) {
    if (!created) continue;
    const found = prepared[i]?.found ?? [];
    // The consignment is stored: a failure announcing its hits is logged, not turned into a refusal.
    await afterScoring(ctx, row, found, groupsOf).catch((err: unknown) =>
      ctx.log.error({ err, id: row.id }, 'consignment alerts not published'),
    );
    if (ctx.actor.kind !== 'system') {
      ctx.audit.record({
        actor: ctx.actor,
        action: 'consignment.create',
        targetType: 'consignment',
        targetId: row.id,
        outcome: 'success',
        detail: { tlp: row.tlp, lane: row.lane, score: row.riskScore },
      });
    }
    ctx.intelRealtime.consignmentChanged(toConsignment(row, movements));
  }
  return {
    created: stored.map(({ row, created }) => ({
      id: row.id,
      billOfLading: row.billOfLading,
      created,
      lane: row.lane as 'red' | 'yellow' | 'green',
      score: row.riskScore,
    })),
    errors,
  };
}

/** Hits as watchlist_hit events and, on a red lane, a cargo_alert (revised in place on a rescore). */
export async function afterScoring(
  ctx: IntelRequestContext,
  row: ConsignmentRow,
  found: ReturnType<typeof matchConsignment>,
  groupsOf: (agency: string) => Promise<ReadonlySet<string>>,
): Promise<void> {
  const releasable = {
    ownerAgency: row.ownerAgency,
    tlp: row.tlp as Tlp,
    recipients: row.recipients,
    sharingGroups: row.sharingGroups,
  };
  // Event subjects take valid container numbers only; a failed check digit is in the risk factors instead.
  const containers = row.containers.filter(isValidContainerNumber).slice(0, 200);
  if (found.length > 0) {
    await publishHits({
      ctx,
      subject: {
        type: 'consignment',
        id: row.id,
        label: `B/L ${row.billOfLading}`,
        releasable,
        position: null,
        mmsis: row.carrierMmsi ? [row.carrierMmsi] : [],
        subjects: { containers },
      },
      found,
      nowMs: ctx.clock.now().getTime(),
      groupsOf,
    });
  }
  const existing = await ctx.alerts.byKey(`cargo_risk:${row.id}`);
  if (row.lane !== 'red' && !existing) return;
  await publishAlert({
    ctx,
    draft: {
      key: `cargo_risk:${row.id}`,
      type: 'cargo_risk',
      status: existing ? (row.lane === 'red' ? 'ongoing' : 'final') : 'ongoing',
      eventKind: 'cargo_alert',
      title: `Red lane: B/L ${row.billOfLading} ${row.originLocode} to ${row.destinationLocode} (risk ${row.riskScore})`,
      summary: `${row.goodsDescription.slice(0, 200)} — ${row.risk.factors
        .map((f) => f.explanation)
        .slice(0, 4)
        .join('; ')}`,
      severity: 4,
      mmsis: row.carrierMmsi ? [row.carrierMmsi] : [],
      startAt: Date.parse(row.createdAt),
      endAt: null,
      position: null,
      parameters: {
        score: row.riskScore,
        lane: row.lane,
        billOfLading: row.billOfLading,
        origin: row.originLocode,
        destination: row.destinationLocode,
      },
      evidence: {
        tracks: [],
        matches: [],
        subject: { type: 'consignment', id: row.id },
        watchlistId: null,
        entryId: null,
        areaId: null,
      },
      ownerAgency: row.ownerAgency,
      releasability: { tlp: releasable.tlp, recipients: row.recipients, sharingGroups: row.sharingGroups },
      subjects: {
        containers,
        ...(row.carrierMmsi
          ? { vessels: [{ mmsi: row.carrierMmsi, ...(row.carrierName ? { name: row.carrierName } : {}) }] }
          : {}),
      },
    },
  });
}
