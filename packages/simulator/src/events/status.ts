import type { TriageStatus } from '@tidewatch/contracts';
import type { Rng } from '../random.ts';
import { DAY_MS, HOUR_MS } from './rhythm.ts';

/**
 * Triage state by age, so the history looks worked: last night's events are still new, last month's are
 * mostly closed. `roll` is a uniform draw from the event's own stream.
 */
export function statusForAge(ageMs: number): (roll: number) => TriageStatus {
  const table: readonly (readonly [TriageStatus, number])[] =
    ageMs < 6 * HOUR_MS
      ? [
          ['new', 0.7],
          ['triaged', 0.3],
        ]
      : ageMs < 2 * DAY_MS
        ? [
            ['new', 0.2],
            ['triaged', 0.5],
            ['actioned', 0.3],
          ]
        : ageMs < 14 * DAY_MS
          ? [
              ['triaged', 0.2],
              ['actioned', 0.45],
              ['closed', 0.35],
            ]
          : [
              ['actioned', 0.25],
              ['closed', 0.75],
            ];
  return (roll) => {
    let rest = roll;
    for (const [status, p] of table) {
      rest -= p;
      if (rest < 0) return status;
    }
    return table[table.length - 1]?.[0] ?? 'new';
  };
}

export const alwaysNew = (): TriageStatus => 'new';

/** Minutes between an event and its report, uniform in the scenario's range. */
export const drawDelayMs = (rng: Rng, [min, max]: readonly [number, number]): number =>
  Math.round(rng.float(min, max) * 60_000);
