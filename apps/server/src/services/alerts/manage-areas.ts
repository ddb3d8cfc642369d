import { AreaInput, type AreaOfInterest, type Tlp } from '@tidewatch/contracts';
import type { AreaRow } from '@tidewatch/db';
import { viewerScope } from '../../auth/actor.ts';
import { actorLabel, type IntelRequestContext } from '../intel-context.ts';
import { requirePermission } from '../auth/principal.ts';
import { forbidden, notFound, validationError } from '../errors.ts';
import { validRing } from '../geometry/valid-area.ts';
import { newEventId } from '../ids.ts';
import { auditRestrictedRead, checkReleasability } from '../watchlists/check-releasability.ts';

function toArea(row: AreaRow): AreaOfInterest {
  return {
    id: row.id,
    name: row.name,
    ring: row.ring,
    ownerAgency: row.ownerAgency,
    releasability: { tlp: row.tlp as Tlp, recipients: row.recipients, sharingGroups: row.sharingGroups },
    createdBy: row.createdBy,
    createdAt: new Date(row.createdAt).toISOString(),
    retiredAt: row.retiredAt === null ? null : new Date(row.retiredAt).toISOString(),
  };
}

/** An area of interest owned by the actor's agency; every node's detectors start watching it. */
export async function createArea({
  ctx,
  input,
}: {
  ctx: IntelRequestContext;
  input: unknown;
}): Promise<AreaOfInterest> {
  requirePermission(ctx, 'events:write');
  const parsed = AreaInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'area');
  const ring = validRing('ring', parsed.data.ring);
  await checkReleasability(ctx, ctx.actor.agency, parsed.data.releasability);
  const now = ctx.clock.now();
  const row = await ctx.alerts.insertArea({
    id: newEventId(now),
    name: parsed.data.name,
    ring,
    ownerAgency: ctx.actor.agency,
    tlp: parsed.data.releasability.tlp,
    recipients: parsed.data.releasability.recipients,
    sharingGroups: parsed.data.releasability.sharingGroups,
    createdBy: actorLabel(ctx),
    createdAt: now.toISOString(),
  });
  ctx.audit.record({
    actor: ctx.actor,
    action: 'area.create',
    targetType: 'area',
    targetId: row.id,
    outcome: 'success',
    detail: { tlp: row.tlp },
  });
  ctx.intelRealtime.areasChanged();
  return toArea(row);
}

export async function listAreas({ ctx }: { ctx: IntelRequestContext }): Promise<AreaOfInterest[]> {
  requirePermission(ctx, 'events:read');
  const rows = await ctx.alerts.listAreas(viewerScope(ctx.viewer));
  auditRestrictedRead(ctx, 'area.read', 'area', rows);
  return rows.map(toArea);
}

export async function getArea({ ctx, id }: { ctx: IntelRequestContext; id: string }): Promise<AreaOfInterest> {
  requirePermission(ctx, 'events:read');
  const row = await ctx.alerts.getArea(id, viewerScope(ctx.viewer));
  if (!row) throw notFound('area', id);
  auditRestrictedRead(ctx, 'area.read', 'area', [row]);
  return toArea(row);
}

export async function retireArea({ ctx, id }: { ctx: IntelRequestContext; id: string }): Promise<AreaOfInterest> {
  requirePermission(ctx, 'events:write');
  const current = await ctx.alerts.getArea(id, viewerScope(ctx.viewer));
  if (!current) throw notFound('area', id);
  if (current.ownerAgency !== ctx.actor.agency) throw forbidden(`only ${current.ownerAgency} retires this area`);
  const row = await ctx.alerts.retireArea(id, ctx.actor.agency, ctx.clock.now().toISOString());
  if (!row) throw notFound('area', id);
  ctx.audit.record({ actor: ctx.actor, action: 'area.retire', targetType: 'area', targetId: id, outcome: 'success' });
  ctx.intelRealtime.areasChanged();
  return toArea(row);
}
