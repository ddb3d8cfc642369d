import { TASK_STATES, type TaskState } from '@tidewatch/contracts';

export { TASK_STATES, type TaskState };

/** Which side of a task may make a move: the agency that tasked, or the agency whose unit it is. */
export type TaskSide = 'tasking' | 'unit';

interface Move {
  to: TaskState;
  by: readonly TaskSide[];
}

/**
 * The task life cycle (SPEC OPSU-5). The unit's agency answers a proposal and reports progress; the tasking
 * agency may withdraw at any point before the end; either may abort once accepted (weather, a breakdown, a
 * higher priority). Declined, completed and aborted are final.
 */
const MOVES: Readonly<Record<TaskState, readonly Move[]>> = {
  proposed: [
    { to: 'accepted', by: ['unit'] },
    { to: 'declined', by: ['unit'] },
    { to: 'aborted', by: ['tasking'] },
  ],
  accepted: [
    { to: 'en_route', by: ['unit'] },
    { to: 'aborted', by: ['tasking', 'unit'] },
  ],
  en_route: [
    { to: 'on_scene', by: ['unit'] },
    { to: 'aborted', by: ['tasking', 'unit'] },
  ],
  on_scene: [
    { to: 'completed', by: ['unit'] },
    { to: 'aborted', by: ['tasking', 'unit'] },
  ],
  declined: [],
  completed: [],
  aborted: [],
};

export type TransitionCheck =
  | { ok: true }
  /** No such move from this state, by anyone (409). */
  | { ok: false; reason: 'illegal'; allowed: TaskState[] }
  /** The move exists but belongs to the other side (403). */
  | { ok: false; reason: 'not_your_move'; by: TaskSide[] };

/** May `sides` (the actor's agency may be both, when it tasks its own unit) move a task from `from` to `to`? */
export function checkTransition(from: TaskState, to: TaskState, sides: readonly TaskSide[]): TransitionCheck {
  const moves = MOVES[from];
  const move = moves.find((m) => m.to === to);
  if (!move) return { ok: false, reason: 'illegal', allowed: moves.map((m) => m.to) };
  if (!move.by.some((side) => sides.includes(side))) return { ok: false, reason: 'not_your_move', by: [...move.by] };
  return { ok: true };
}

/** The moves `sides` may make from `from`: what the dashboard offers as buttons. */
export function movesFor(from: TaskState, sides: readonly TaskSide[]): TaskState[] {
  return MOVES[from].filter((m) => m.by.some((side) => sides.includes(side))).map((m) => m.to);
}

export function isFinalTaskState(state: TaskState): boolean {
  return MOVES[state].length === 0;
}

/** A task holds its unit from the proposal until it ends: a unit has at most one open task. */
export function isOpenTaskState(state: TaskState): boolean {
  return !isFinalTaskState(state);
}
