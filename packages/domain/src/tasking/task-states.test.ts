import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TASK_STATES, type TaskState } from '@tidewatch/contracts';
import { checkTransition, isFinalTaskState, movesFor, type TaskSide } from './task-states.ts';

const LEGAL: ReadonlyArray<[TaskState, TaskState, TaskSide]> = [
  ['proposed', 'accepted', 'unit'],
  ['proposed', 'declined', 'unit'],
  ['proposed', 'aborted', 'tasking'],
  ['accepted', 'en_route', 'unit'],
  ['accepted', 'aborted', 'tasking'],
  ['accepted', 'aborted', 'unit'],
  ['en_route', 'on_scene', 'unit'],
  ['en_route', 'aborted', 'tasking'],
  ['en_route', 'aborted', 'unit'],
  ['on_scene', 'completed', 'unit'],
  ['on_scene', 'aborted', 'tasking'],
  ['on_scene', 'aborted', 'unit'],
];

describe('task states (OPSU-5)', () => {
  it('[OPSU-5] exactly the listed moves are legal, each for its side only', () => {
    for (const from of TASK_STATES)
      for (const to of TASK_STATES)
        for (const side of ['tasking', 'unit'] as const) {
          const listed = LEGAL.some(([f, t, s]) => f === from && t === to && s === side);
          const exists = LEGAL.some(([f, t]) => f === from && t === to);
          const check = checkTransition(from, to, [side]);
          if (listed) expect(check).toEqual({ ok: true });
          else if (exists) expect(check.ok === false && check.reason).toBe('not_your_move');
          else expect(check.ok === false && check.reason).toBe('illegal');
        }
  });

  it('[OPSU-5] final states have no way out and every open state reaches one', () => {
    for (const state of ['declined', 'completed', 'aborted'] as const) {
      expect(isFinalTaskState(state)).toBe(true);
      expect(movesFor(state, ['tasking', 'unit'])).toEqual([]);
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TASK_STATES), { maxLength: 12 }), (path) => {
        let state: TaskState = 'proposed';
        for (const to of path) if (checkTransition(state, to, ['tasking', 'unit']).ok) state = to;
        // Whatever happened, aborting or finishing is still possible unless it is over.
        if (!isFinalTaskState(state)) expect(movesFor(state, ['tasking', 'unit']).length).toBeGreaterThan(0);
      }),
    );
  });
});
