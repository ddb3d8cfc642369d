import { ConsignmentQuery, MovementInput, type Consignment } from '@tidewatch/contracts';
import { viewerScope } from '../../auth/actor.ts';
import { actorLabel, type IntelRequestContext } from '../intel-context.ts';
import { requirePermission } from '../auth/principal.ts';
import { forbidden, notFound, validationError } from '../errors.ts';
import { auditRestrictedRead } from '../watchlists/check-releasability.ts';
import { toConsignment } from './consignment-dto.ts';
import { afterScoring, scoringInputOf } from './ingest-consignments.ts';
import { matchConsignment, scoreConsignment } from './score-consignment.ts';

/** Highest risk first; only what the viewer may read (REL-8, REL-9). */
export async function searchConsignments({
  ctx,
  query,
}: {
  ctx: IntelRequestContext;
  query: Record<string, string>;
}): Promise<Consignment[]> {
  requirePermission(ctx, 'events:read');
  const parsed = ConsignmentQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const rows = await ctx.cargo.search(viewerScope(ctx.viewer), { ...parsed.data, lanes: parsed.data.lane });
  auditRestrictedRead(
    ctx,
    'consignment.read',
    'consignment',
    rows.map((r) => ({ id: r.id, tlp: r.tlp })),
  );
  const movements = await ctx.cargo.movementsOf(rows.map((r) => r.id));
  return rows.map((r) => toConsignment(r, movements));
}

export async function getConsignment({ ctx, id }: { ctx: IntelRequestContext; id: string }): Promise<Consignment> {
  requirePermission(ctx, 'events:read');
  const row = await ctx.cargo.getVisible(id, viewerScope(ctx.viewer));
  if (!row) throw notFound('consignment', id);
  auditRestrictedRead(ctx, 'consignment.read', 'consignment', [{ id: row.id, tlp: row.tlp }]);
  return toConsignment(row, await ctx.cargo.movementsOf([row.id]));
}

/**
 * Re-scores with what is known now (new watchlist entries, the carrier's behaviour since booking). Owner
 * only: a partner that reads it gets 403, one that cannot gets 404.
 */
export async function rescoreConsignment({ ctx, id }: { ctx: IntelRequestContext; id: string }): Promise<Consignment> {
  requirePermission(ctx, 'events:write');
  const row = await ctx.cargo.getVisible(id, viewerScope(ctx.viewer));
  if (!row) throw notFound('consignment', id);
  if (ctx.actor.kind !== 'system' && row.ownerAgency !== ctx.actor.agency)
    throw forbidden(`only ${row.ownerAgency} rescores this consignment`);
  return rescore(ctx, row.id);
}

export async function addMovement({
  ctx,
  id,
  input,
}: {
  ctx: IntelRequestContext;
  id: string;
  input: unknown;
}): Promise<Consignment> {
  requirePermission(ctx, 'events:write');
  const row = await ctx.cargo.getVisible(id, viewerScope(ctx.viewer));
  if (!row) throw notFound('consignment', id);
  if (ctx.actor.kind !== 'system' && row.ownerAgency !== ctx.actor.agency)
    throw forbidden(`only ${row.ownerAgency} records movements of this consignment`);
  const parsed = MovementInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'movement');
  const at = ctx.clock.now().toISOString();
  const latest = (await ctx.cargo.movementsOf([row.id])).at(-1);
  const newest = !latest || Date.parse(parsed.data.at) >= Date.parse(latest.at);
  await ctx.cargo.addMovement(
    {
      consignmentId: row.id,
      kind: parsed.data.kind,
      at: new Date(parsed.data.at).toISOString(),
      locode: parsed.data.locode ?? null,
      note: parsed.data.note ?? null,
      recordedBy: actorLabel(ctx),
      recordedAt: at,
    },
    // A movement reported late does not roll the status back.
    newest ? parsed.data.kind : null,
  );
  if (ctx.actor.kind !== 'system')
    ctx.audit.record({
      actor: ctx.actor,
      action: 'consignment.movement',
      targetType: 'consignment',
      targetId: row.id,
      outcome: 'success',
      detail: { kind: parsed.data.kind },
    });
  return rescore(ctx, row.id);
}

async function rescore(ctx: IntelRequestContext, id: string): Promise<Consignment> {
  const row = await ctx.cargo.byId(id);
  if (!row) throw notFound('consignment', id);
  const scoring = scoringInputOf(row);
  const now = ctx.clock.now();
  const found = matchConsignment(ctx, scoring, now.getTime());
  const groupsOf = async (agency: string) => new Set(await ctx.sharingGroups.activeGroupsOf(agency));
  const risk = await scoreConsignment(ctx, scoring, found, await groupsOf(row.ownerAgency));
  const saved = (await ctx.cargo.saveRisk(id, risk, now.toISOString())) ?? row;
  await afterScoring(ctx, saved, found, groupsOf).catch((err: unknown) =>
    ctx.log.error({ err, id }, 'consignment alerts not published'),
  );
  const dto = toConsignment(saved, await ctx.cargo.movementsOf([id]));
  ctx.intelRealtime.consignmentChanged(dto);
  return dto;
}
