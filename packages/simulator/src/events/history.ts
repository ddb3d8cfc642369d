import type { EventInput } from '@tidewatch/contracts';
import { createCast } from '../cast.ts';
import { createRng, type Seed } from '../random.ts';
import { composeEvent } from './compose.ts';
import { DAY_MS, HOUR_MS, drawHour, localDay, localDayStart, planDay } from './rhythm.ts';
import { SCENARIOS } from './scenarios/index.ts';
import { drawDelayMs, statusForAge } from './status.ts';
import type { Scenario } from './types.ts';

export interface HistoryOptions {
  seed: Seed;
  /** End of the window; nothing is reported after it. */
  now: Date;
  /** Length of the window, in days back from `now`. */
  days: number;
}

interface Slot {
  scenario: Scenario;
  at: number;
  delayMs: number;
}

/**
 * Each local day is drawn whole from (seed, day) and then clipped to the window, so two windows over the same
 * seed agree on every day they share (same events, same ids): re-seeding after a restart re-ingests nothing new.
 */
function daySlots(seed: Seed, day: number): { slots: Slot[]; operation?: string } {
  const plan = planDay(seed, day, SCENARIOS);
  const rng = createRng(seed, 'history', day);
  const start = localDayStart(day);
  const slots: Slot[] = [];
  SCENARIOS.forEach((scenario, i) => {
    const n = rng.poisson(plan.means[i] ?? 0);
    for (let k = 0; k < n; k++) {
      const at = start + drawHour(rng, scenario.rhythm) * HOUR_MS + rng.int(0, HOUR_MS - 1);
      slots.push({ scenario, at, delayMs: drawDelayMs(rng, scenario.reportDelayMinutes) });
    }
  });
  slots.sort((a, b) => a.at - b.at);
  return plan.surge ? { slots, operation: plan.surge.operation } : { slots };
}

/** About `days` days of plausible event history ending at `now`, oldest first. Pure and deterministic. */
export function generateHistory({ seed, now, days }: HistoryOptions): EventInput[] {
  const end = now.getTime();
  if (!Number.isFinite(end)) throw new RangeError('generateHistory: now is not a valid date');
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`generateHistory: days must be >= 0, got ${days}`);
  const start = end - days * DAY_MS;
  const cast = createCast(seed);
  const events: EventInput[] = [];
  for (let day = localDay(start); day <= localDay(end); day++) {
    const { slots, operation } = daySlots(seed, day);
    slots.forEach((slot, index) => {
      if (slot.at < start || slot.at > end) return;
      events.push(
        composeEvent({
          scenario: slot.scenario,
          cast,
          rng: createRng(seed, 'history', day, index),
          occurredAt: slot.at,
          reportedAt: Math.min(slot.at + slot.delayMs, end),
          ...(operation ? { operation } : {}),
          status: statusForAge(end - slot.at),
        }),
      );
    });
  }
  return events;
}
