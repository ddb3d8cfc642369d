import { UnitEdit, UnitInput, UnitPositionInput, type Unit } from '@tidewatch/contracts';
import { isRestrictedTlp } from '@tidewatch/domain';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { actorLabel } from '../intel-context.ts';
import { notFound, ServiceError, validationError } from '../errors.ts';
import { withUnitOfWork } from '../unit-of-work.ts';
import { checkReleasability } from '../watchlists/check-releasability.ts';
import type { OperationsServices } from './ops-services.ts';
import { toUnit, unitReleasable } from './unit-view.ts';

interface Verb {
  ctx: RequestContext;
  ops: OperationsServices;
}

/** OPSU-3: an agency registers its own units, with the label it chooses (checked like any item's). */
export async function createUnit({ ctx, ops, input }: Verb & { input: unknown }): Promise<Unit> {
  requirePermission(ctx, 'units:write');
  const parsed = UnitInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'unit');
  const owner = ctx.actor.agency;
  await checkReleasability(ctx, owner, parsed.data.releasability);
  return withUnitOfWork(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    const row = await tx.units.insert({
      ownerAgency: owner,
      callSign: parsed.data.callSign,
      name: parsed.data.name,
      type: parsed.data.type,
      maxSpeedKn: parsed.data.maxSpeedKn,
      enduranceH: parsed.data.enduranceH,
      status: parsed.data.status === 'tasked' ? 'available' : parsed.data.status,
      mmsi: parsed.data.mmsi ?? null,
      tlp: parsed.data.releasability.tlp,
      recipients: parsed.data.releasability.recipients,
      sharingGroups: parsed.data.releasability.sharingGroups,
      createdBy: actorLabel(tx),
      createdAt: now,
      updatedAt: now,
    });
    tx.audit.record({
      actor: tx.actor,
      action: 'unit.create',
      targetType: 'unit',
      targetId: row.id,
      outcome: 'success',
      detail: { callSign: row.callSign, tlp: row.tlp },
    });
    const unit = toUnit(row, ops, tx.clock.now().getTime());
    tx.unit?.outbox.afterCommit('unit changed', () => ops.notifier.unitChanged(unit, unitReleasable(row)));
    return unit;
  });
}

/** OPSU-3: the owner edits from the version it read; `tasked` belongs to tasking, the label never changes. */
export async function editUnit({ ctx, ops, id, input }: Verb & { id: string; input: unknown }): Promise<Unit> {
  requirePermission(ctx, 'units:write');
  const parsed = UnitEdit.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'unit edit');
  const { baseVersion, ...change } = parsed.data;
  return changeUnit(ctx, ops, id, baseVersion, change, 'unit.update');
}

/** A position entered by hand: stored on the unit, newer than its AIS or not (the newer one is shown). */
export async function reportUnitPosition({
  ctx,
  ops,
  id,
  input,
}: Verb & { id: string; input: unknown }): Promise<Unit> {
  requirePermission(ctx, 'units:write');
  const parsed = UnitPositionInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'position');
  const now = ctx.clock.now();
  const at = parsed.data.at ?? now.toISOString();
  if (Date.parse(at) > now.getTime() + 60_000)
    throw new ServiceError('validation_failed', 'invalid position: at: a fix cannot be in the future', [
      { path: 'at', message: 'a fix cannot be in the future' },
    ]);
  return changeUnit(
    ctx,
    ops,
    id,
    null,
    {
      lat: parsed.data.lat,
      lon: parsed.data.lon,
      courseDeg: parsed.data.courseDeg ?? null,
      speedKn: parsed.data.speedKn ?? null,
      positionAt: at,
      positionSource: 'manual',
    },
    'unit.position',
  );
}

/** A fix from a TAK device (COT-9), already parsed from its CoT message. */
export interface DeviceFix {
  lat: number;
  lon: number;
  courseDeg: number | null;
  speedKn: number | null;
  atMs: number;
}

/** COT-9: a TAK device's SA moves the unit its credential is bound to, and no other. */
export async function reportDevicePosition({ ctx, ops, fix }: Verb & { fix: DeviceFix }): Promise<Unit> {
  const actor = ctx.actor;
  if (actor.kind !== 'tak_device' || actor.unitId === null)
    throw new ServiceError('forbidden', `${actor.kind} ${actor.name} reports for no unit`);
  if (fix.atMs > ctx.clock.now().getTime() + 60_000)
    throw new ServiceError('validation_failed', 'invalid position: time: a fix cannot be in the future', [
      { path: 'time', message: 'a fix cannot be in the future' },
    ]);
  return changeUnit(
    ctx,
    ops,
    actor.unitId,
    null,
    {
      lat: fix.lat,
      lon: fix.lon,
      courseDeg: fix.courseDeg,
      speedKn: fix.speedKn,
      positionAt: new Date(fix.atMs).toISOString(),
      positionSource: 'tak',
    },
    'unit.position',
  );
}

async function changeUnit(
  ctx: RequestContext,
  ops: OperationsServices,
  id: string,
  baseVersion: number | null,
  change: Parameters<RequestContext['units']['update']>[3],
  action: string,
): Promise<Unit> {
  return withUnitOfWork(ctx, async (tx) => {
    // REL-9: a unit the caller may not read does not exist for it; one it reads but does not own is 403.
    const visible = await tx.units.getVisible(id, viewerScope(tx.viewer));
    if (!visible) throw notFound('unit', id);
    if (visible.ownerAgency !== tx.actor.agency)
      throw new ServiceError('forbidden', `only ${visible.ownerAgency} changes its unit ${visible.callSign}`);
    const result = await tx.units.update(id, tx.actor.agency, baseVersion, change, tx.clock.now().toISOString());
    if (!result.ok) {
      if (result.reason === 'not_found') throw notFound('unit', id);
      throw new ServiceError('conflict', `unit ${id} changed since version ${baseVersion}`, [], {
        current: toUnit(result.current, ops, tx.clock.now().getTime()),
      });
    }
    tx.audit.record({
      actor: tx.actor,
      action,
      targetType: 'unit',
      targetId: id,
      outcome: 'success',
      detail: { version: result.row.version, fields: Object.keys(change) },
    });
    const unit = toUnit(result.row, ops, tx.clock.now().getTime());
    tx.unit?.outbox.afterCommit('unit changed', () => ops.notifier.unitChanged(unit, unitReleasable(result.row)));
    return unit;
  });
}

/** AUD-1: reads of AMBER, AMBER+STRICT and RED units leave one row per request naming them. */
function auditUnitReads(ctx: RequestContext, units: readonly Unit[]): void {
  const restricted = units.filter((u) => isRestrictedTlp(u.releasability.tlp));
  if (restricted.length === 0) return;
  ctx.audit.record({
    actor: ctx.actor,
    action: 'unit.read',
    targetType: 'unit',
    targetId: restricted.length === 1 ? restricted[0]?.id : undefined,
    outcome: 'success',
    detail: { count: restricted.length, ids: restricted.map((u) => u.id) },
  });
}

export async function listUnits({ ctx, ops }: Verb): Promise<Unit[]> {
  requirePermission(ctx, 'events:read');
  const nowMs = ctx.clock.now().getTime();
  const units = (await ctx.units.listVisible(viewerScope(ctx.viewer))).map((row) => toUnit(row, ops, nowMs));
  auditUnitReads(ctx, units);
  return units;
}

export async function getUnit({ ctx, ops, id }: Verb & { id: string }): Promise<Unit> {
  requirePermission(ctx, 'events:read');
  const row = await ctx.units.getVisible(id, viewerScope(ctx.viewer));
  if (!row) throw notFound('unit', id);
  const unit = toUnit(row, ops, ctx.clock.now().getTime());
  auditUnitReads(ctx, [unit]);
  return unit;
}
