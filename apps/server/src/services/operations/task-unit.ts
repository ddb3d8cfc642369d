import { TaskInput, type Task } from '@tidewatch/contracts';
import { canRead } from '@tidewatch/domain';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission, viewerFor } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { actorLabel } from '../intel-context.ts';
import { notFound, ServiceError, validationError } from '../errors.ts';
import { withUnitOfWork } from '../unit-of-work.ts';
import type { OperationsServices } from './ops-services.ts';
import { resolveTaskTarget } from './task-target.ts';
import { notifyTask } from './notify-task.ts';

/**
 * OPSU-4: a supervisor or commander sends a unit it may read to a target it may read: its own agency's unit,
 * or a partner's under an agreement that allows tasking. The unit's agency must be able to read the target,
 * since the task tells it where to go and why: a task never carries a target further than its label does.
 */
export async function taskUnit({
  ctx,
  ops,
  input,
}: {
  ctx: RequestContext;
  ops: OperationsServices;
  input: unknown;
}): Promise<Task> {
  requirePermission(ctx, 'tasks:write');
  const parsed = TaskInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'task');
  const { unitId, targetType, targetId, note } = parsed.data;
  const unit = await ctx.units.getVisible(unitId, viewerScope(ctx.viewer));
  if (!unit) throw notFound('unit', unitId);
  const target = await resolveTaskTarget(ctx, ops, targetType, targetId, unit);
  const tasker = ctx.actor.agency;
  if (!(await ctx.units.mayTask(tasker, unit.ownerAgency)))
    throw new ServiceError(
      'forbidden',
      `no agreement between ${tasker} and ${unit.ownerAgency} allows ${tasker} to task ${unit.ownerAgency}'s units`,
    );
  if (unit.status !== 'available')
    throw new ServiceError('conflict', `unit ${unit.callSign} is ${unit.status}, not available`, [], {
      status: unit.status,
    });
  if (!canRead(await viewerFor(ctx, unit.ownerAgency), target.releasable))
    throw new ServiceError(
      'unprocessable',
      `targetId: ${unit.ownerAgency} may not read this ${targetType}; release it to them before tasking their unit`,
      [{ path: 'targetId', message: `not released to ${unit.ownerAgency}, whose unit would be sent to it` }],
    );
  return withUnitOfWork(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    const created = await tx.units.insertTask({
      unitId: unit.id,
      taskingAgency: tasker,
      targetType,
      targetId: target.id,
      targetLabel: target.label,
      targetOwner: target.releasable.ownerAgency,
      targetTlp: target.releasable.tlp,
      targetRecipients: [...target.releasable.recipients],
      targetSharingGroups: [...target.releasable.sharingGroups],
      targetLat: target.fix?.lat ?? null,
      targetLon: target.fix?.lon ?? null,
      targetAt: target.fix?.at ?? null,
      targetMmsi: target.mmsi,
      state: 'proposed',
      note,
      createdBy: actorLabel(tx),
      createdAt: now,
      updatedAt: now,
    });
    if (!created.ok)
      throw new ServiceError('conflict', `unit ${unit.callSign} already has an open task`, [], { status: 'busy' });
    tx.audit.record({
      actor: tx.actor,
      action: 'task.create',
      targetType: 'task',
      targetId: created.row.id,
      outcome: 'success',
      detail: { unit: unit.id, unitAgency: unit.ownerAgency, target: `${targetType}:${target.id}` },
    });
    return notifyTask(tx, ops, created.row, unit);
  });
}
