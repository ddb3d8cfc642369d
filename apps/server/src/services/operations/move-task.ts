import {
  type TaskOutcomeInput,
  TaskTransitionInput,
  type EventInput,
  type Task,
  type TaskState,
} from '@tidewatch/contracts';
import { checkTransition, isFinalTaskState, stricterTlp, type TaskSide } from '@tidewatch/domain';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { notFound, ServiceError, validationError } from '../errors.ts';
import { ingestEvent } from '../events/ingest-events.ts';
import { systemContext } from '../intel-context.ts';
import { withUnitOfWork } from '../unit-of-work.ts';
import type { OperationsServices } from './ops-services.ts';
import { notifyTask } from './notify-task.ts';
import { interceptOf, targetPosition, targetReleasable, toTask } from './task-view.ts';
import { toUnit, unitReleasable } from './unit-view.ts';

/**
 * OPSU-5: moves a task along its life cycle. Only the two agencies concerned move it, each its own moves; an
 * illegal move is 409 naming the moves there are; a stale baseVersion is 409 with the current task. Completing
 * may record the interdiction or seizure it ended in (OPSU-9).
 */
export async function moveTask({
  ctx,
  ops,
  id,
  input,
}: {
  ctx: RequestContext;
  ops: OperationsServices;
  id: string;
  input: unknown;
}): Promise<Task> {
  requirePermission(ctx, 'tasks:write');
  const parsed = TaskTransitionInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'task change');
  const { to, baseVersion, reason, outcome } = parsed.data;
  if (outcome && to !== 'completed')
    throw new ServiceError('validation_failed', 'invalid task change: outcome: only a completion has an outcome', [
      { path: 'outcome', message: 'only a completion has an outcome' },
    ]);
  return withUnitOfWork(ctx, async (tx) => {
    const found = await tx.units.getTaskVisible(id, viewerScope(tx.viewer));
    if (!found) throw notFound('task', id);
    const { task, unit } = found;
    const sides: TaskSide[] = [];
    if (tx.actor.agency === task.taskingAgency) sides.push('tasking');
    if (tx.actor.agency === unit.ownerAgency) sides.push('unit');
    if (sides.length === 0)
      throw new ServiceError('forbidden', `only ${task.taskingAgency} and ${unit.ownerAgency} move this task`);
    const from = task.state as TaskState;
    const check = checkTransition(from, to, sides);
    if (!check.ok && check.reason === 'illegal')
      throw new ServiceError('conflict', `a ${from} task cannot become ${to}`, [], {
        state: from,
        allowed: check.allowed,
      });
    if (!check.ok) throw new ServiceError('forbidden', `${to} is for the ${check.by.join(' or ')} agency to decide`);
    const nowMs = tx.clock.now().getTime();
    const now = new Date(nowMs).toISOString();
    let etaAt: string | null | undefined;
    if (to === 'accepted' || to === 'en_route') {
      const intercept = interceptOf(unit, targetPosition(task, ops), ops, nowMs);
      etaAt = intercept.possible ? intercept.eta : null;
    }
    const outcomeEventId = outcome && to === 'completed' ? await recordOutcome(tx, ops, found, outcome) : undefined;
    const changed = await tx.units.changeTaskState(
      id,
      baseVersion,
      { state: to, ...(etaAt === undefined ? {} : { etaAt }), ...(outcomeEventId ? { outcomeEventId } : {}) },
      now,
    );
    if (!changed.ok) {
      if (changed.reason === 'not_found') throw notFound('task', id);
      throw new ServiceError('conflict', `task ${id} changed since version ${baseVersion}`, [], {
        // The current task, as answered to a reader, without telling anyone of a change that did not happen.
        current: toTask(changed.current, unit, ops, nowMs),
      });
    }
    // OPSU-3: tasking owns the unit's `tasked` status, from acceptance until the task ends.
    let unitRow = unit;
    if (to === 'accepted' || isFinalTaskState(to)) {
      const status = to === 'accepted' ? 'tasked' : 'available';
      if (unit.status !== status && (to === 'accepted' || unit.status === 'tasked'))
        unitRow = (await tx.units.setTaskedStatus(unit.id, status, now)) ?? unit;
      const unitDto = toUnit(unitRow, ops, nowMs);
      const released = unitReleasable(unitRow);
      tx.unit?.outbox.afterCommit('unit changed', () => ops.notifier.unitChanged(unitDto, released));
    }
    tx.audit.record({
      actor: tx.actor,
      action: `task.${to}`,
      targetType: 'task',
      targetId: id,
      outcome: 'success',
      detail: {
        from,
        to,
        version: changed.row.version,
        ...(reason ? { reason } : {}),
        ...(outcomeEventId ? { outcomeEventId } : {}),
      },
    });
    return notifyTask(tx, ops, changed.row, unitRow);
  });
}

/**
 * OPSU-9: the interdiction or seizure a completed task ended in, as an event of the unit's agency (which did
 * it), linked to the task and the target in its summary and subjects. Released no wider than the task: the
 * stricter of the unit's and the target's labels, to the tasking agency only; the unit's agency may widen it
 * by a new report if it wants to.
 */
async function recordOutcome(
  tx: RequestContext,
  ops: OperationsServices,
  found: { task: Parameters<typeof targetReleasable>[0]; unit: Parameters<typeof unitReleasable>[0] },
  outcome: ReturnType<typeof TaskOutcomeInput.parse>,
): Promise<string> {
  const { task, unit } = found;
  const target = targetReleasable(task);
  const where =
    targetPosition(task, ops) ?? (unit.lat !== null && unit.lon !== null ? { lat: unit.lat, lon: unit.lon } : null);
  const input: EventInput = {
    kind: outcome.kind,
    title: outcome.title,
    summary: [
      outcome.summary,
      `Outcome of task ${task.id} (${unit.callSign}) on ${task.targetType} ${task.targetId}: ${task.targetLabel}`,
    ]
      .filter((s) => s.length > 0)
      .join('\n\n'),
    occurredAt: tx.clock.now().toISOString(),
    ...(where ? { position: { lat: where.lat, lon: where.lon } } : {}),
    ownerAgency: unit.ownerAgency,
    releasability: {
      tlp: stricterTlp(unitReleasable(unit).tlp, target.tlp),
      recipients: task.taskingAgency === unit.ownerAgency ? [] : [task.taskingAgency],
      sharingGroups: [],
    },
    severity: 4,
    ...(task.targetMmsi ? { subjects: { vessels: [{ mmsi: task.targetMmsi }] } } : {}),
    ...(outcome.seizure ? { seizure: outcome.seizure } : {}),
  };
  // Recorded as the unit's agency by the tasking verb (a commander completes tasks but files no other events).
  const result = await ingestEvent({
    ctx: { ...systemContext(tx), actor: { kind: 'system', id: 'system', name: 'system', agency: unit.ownerAgency } },
    input,
  });
  tx.audit.record({
    actor: tx.actor,
    action: 'event.create',
    targetType: 'event',
    targetId: result.event.id,
    outcome: 'success',
    detail: { seq: result.event.seq, tlp: result.event.releasability.tlp, fromTask: task.id },
  });
  return result.event.id;
}
