import type { Task } from '@tidewatch/contracts';
import { isRestrictedTlp } from '@tidewatch/domain';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { notFound } from '../errors.ts';
import type { OperationsServices } from './ops-services.ts';
import { toTask } from './task-view.ts';

type Found = Awaited<ReturnType<RequestContext['units']['listTasksVisible']>>[number];

/** AUD-1: a task discloses its unit and target; reading one that is AMBER or RED on either side is audited. */
function auditTaskReads(ctx: RequestContext, found: readonly Found[]): void {
  const restricted = found.filter((f) => isRestrictedTlp(f.unit.tlp) || isRestrictedTlp(f.task.targetTlp));
  if (restricted.length === 0) return;
  ctx.audit.record({
    actor: ctx.actor,
    action: 'task.read',
    targetType: 'task',
    targetId: restricted.length === 1 ? restricted[0]?.task.id : undefined,
    outcome: 'success',
    detail: { count: restricted.length, ids: restricted.map((f) => f.task.id) },
  });
}

/** The tasking board: tasks the viewer may read (OPSU-6), open ones first. */
export async function listTasks({
  ctx,
  ops,
  openOnly,
}: {
  ctx: RequestContext;
  ops: OperationsServices;
  openOnly: boolean;
}): Promise<Task[]> {
  requirePermission(ctx, 'events:read');
  const found = await ctx.units.listTasksVisible(viewerScope(ctx.viewer), { openOnly });
  auditTaskReads(ctx, found);
  const nowMs = ctx.clock.now().getTime();
  return found.map(({ task, unit }) => toTask(task, unit, ops, nowMs));
}

export async function getTask({
  ctx,
  ops,
  id,
}: {
  ctx: RequestContext;
  ops: OperationsServices;
  id: string;
}): Promise<Task> {
  requirePermission(ctx, 'events:read');
  const found = await ctx.units.getTaskVisible(id, viewerScope(ctx.viewer));
  if (!found) throw notFound('task', id);
  auditTaskReads(ctx, [found]);
  return toTask(found.task, found.unit, ops, ctx.clock.now().getTime());
}
