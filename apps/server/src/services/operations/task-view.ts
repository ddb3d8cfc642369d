import type { Task, TaskIntercept, TaskState, TaskTargetPosition, TaskTargetType } from '@tidewatch/contracts';
import type { UnitRow, UnitTaskRow } from '@tidewatch/db';
import { computeIntercept, isOpenTaskState, type Releasable } from '@tidewatch/domain';
import type { OperationsServices } from './ops-services.ts';
import { pursuerOf, toUnit } from './unit-view.ts';

export function targetReleasable(task: UnitTaskRow): Releasable {
  return {
    ownerAgency: task.targetOwner,
    tlp: task.targetTlp as Releasable['tlp'],
    recipients: task.targetRecipients,
    sharingGroups: task.targetSharingGroups,
  };
}

/** The target now: its vessel in the live picture when it has one there, else the fix it was tasked on. */
export function targetPosition(task: UnitTaskRow, ops: OperationsServices): TaskTargetPosition | null {
  const live = task.targetMmsi === null ? undefined : ops.fixOf(task.targetMmsi);
  if (live)
    return {
      lat: live.lat,
      lon: live.lon,
      // A stale vessel is held at its last fix rather than dead-reckoned into the unknown.
      courseDeg: live.stale ? null : live.courseDeg,
      speedKn: live.stale ? null : live.speedKn,
      at: new Date(live.atMs).toISOString(),
    };
  if (task.targetLat === null || task.targetLon === null || task.targetAt === null) return null;
  return {
    lat: task.targetLat,
    lon: task.targetLon,
    courseDeg: null,
    speedKn: null,
    at: new Date(task.targetAt).toISOString(),
  };
}

/** OPSU-7: the intercept from the unit's newest fix to the target's, as of `nowMs`. */
export function interceptOf(
  unitRow: UnitRow,
  target: TaskTargetPosition | null,
  ops: OperationsServices,
  nowMs: number,
): TaskIntercept {
  const computedAt = new Date(nowMs).toISOString();
  const pursuer = pursuerOf(toUnit(unitRow, ops, nowMs));
  if (!pursuer) return { possible: false, reason: 'no_unit_position', computedAt };
  if (!target) return { possible: false, reason: 'no_target_position', computedAt };
  const answer = computeIntercept(pursuer, { ...target, atMs: Date.parse(target.at) }, nowMs);
  if (!answer.possible) return { possible: false, reason: answer.reason, computedAt };
  return {
    possible: true,
    etaHours: answer.etaHours,
    eta: new Date(nowMs + answer.etaHours * 3_600_000).toISOString(),
    courseDeg: answer.courseDeg,
    distanceNm: answer.distanceNm,
    lat: answer.lat,
    lon: answer.lon,
    computedAt,
  };
}

/** OPSU-8: on its way (accepted or en route) past the ETA promised when it set off, and not on scene. */
function isOverdue(state: TaskState, etaAt: string | null, nowMs: number): boolean {
  if (state !== 'accepted' && state !== 'en_route') return false;
  return etaAt !== null && nowMs > Date.parse(etaAt);
}

export function toTask(task: UnitTaskRow, unit: UnitRow, ops: OperationsServices, nowMs: number): Task {
  const state = task.state as TaskState;
  const target = targetPosition(task, ops);
  const intercept = isOpenTaskState(state)
    ? interceptOf(unit, target, ops, nowMs)
    : ({ possible: false, reason: 'no_unit_position', computedAt: new Date(nowMs).toISOString() } as const);
  return {
    id: task.id,
    unitId: unit.id,
    unitCallSign: unit.callSign,
    unitAgency: unit.ownerAgency,
    taskingAgency: task.taskingAgency,
    targetType: task.targetType as TaskTargetType,
    targetId: task.targetId,
    targetLabel: task.targetLabel,
    state,
    note: task.note,
    createdBy: task.createdBy,
    createdAt: new Date(task.createdAt).toISOString(),
    updatedAt: new Date(task.updatedAt).toISOString(),
    version: task.version,
    outcomeEventId: task.outcomeEventId,
    etaAt: task.etaAt === null ? null : new Date(task.etaAt).toISOString(),
    targetPosition: target,
    intercept,
    overdue: isOverdue(state, task.etaAt, nowMs),
  };
}
