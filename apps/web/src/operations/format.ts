import type { Task, TaskState, UnitType } from '@tidewatch/contracts';

export const UNIT_TYPE_LABEL: Readonly<Record<UnitType, string>> = {
  cutter: 'Cutter',
  interceptor: 'Interceptor',
  aircraft: 'Aircraft',
  helicopter: 'Helicopter',
  shore_team: 'Shore team',
};

export const TASK_STATE_LABEL: Readonly<Record<TaskState, string>> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  declined: 'Declined',
  en_route: 'En route',
  on_scene: 'On scene',
  completed: 'Completed',
  aborted: 'Aborted',
};

/** The action that moves a task to `state`, as a button says it. */
export const MOVE_LABEL: Readonly<Record<TaskState, string>> = {
  proposed: 'Propose',
  accepted: 'Accept',
  declined: 'Decline',
  en_route: 'En route',
  on_scene: 'On scene',
  completed: 'Complete',
  aborted: 'Abort',
};

const NO_INTERCEPT: Readonly<Record<string, string>> = {
  outrun: 'no intercept: target outruns',
  beyond_endurance: 'no intercept: beyond endurance',
  unit_immobile: 'no intercept: unit cannot move',
  no_unit_position: 'unit position unknown',
  no_target_position: 'target position unknown',
};

export function formatDuration(hours: number): string {
  const minutes = Math.round(hours * 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

export function interceptText(task: Pick<Task, 'intercept'>): string {
  const i = task.intercept;
  if (!i.possible) return NO_INTERCEPT[i.reason] ?? 'no intercept';
  return `ETA ${formatDuration(i.etaHours)} · ${Math.round(i.courseDeg).toString().padStart(3, '0')}° · ${i.distanceNm.toFixed(1)} nm`;
}
