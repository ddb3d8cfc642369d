import { OPERATION_NAMES } from '../names.ts';
import { createRng, type Rng, type Seed } from '../random.ts';
import type { Rhythm, Scenario } from './types.ts';

/**
 * The tempo of the demo world: how many events a day, when in the day, and the occasional surge when an
 * operation runs. Everything is a function of (seed, local day), so any window over the same seed shows the
 * same days, whatever `now` is.
 */

/** Average events per day before surges. */
export const EVENTS_PER_DAY = 30;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
// Jamaica keeps UTC-5 all year; the partners' working days are close enough to it for a demo.
const LOCAL_OFFSET_MS = -5 * HOUR_MS;

export const localDay = (utcMs: number): number => Math.floor((utcMs + LOCAL_OFFSET_MS) / DAY_MS);
export const localDayStart = (day: number): number => day * DAY_MS - LOCAL_OFFSET_MS;
export const localHour = (utcMs: number): number => Math.floor((utcMs - localDayStart(localDay(utcMs))) / HOUR_MS);
/** 0 = Sunday, as Date#getUTCDay; day 0 (1970-01-01) was a Thursday. */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

const normalise = (values: readonly number[]): number[] => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.map((v) => v / mean);
};

// Relative activity by local hour, 00-23.
const HOURS: Record<Rhythm, readonly number[]> = {
  port: normalise([0, 0, 0, 0, 0, 0, 0.2, 0.8, 1.5, 2, 2, 1.8, 1.2, 1.8, 2, 1.8, 1.2, 0.6, 0.3, 0.1, 0.05, 0, 0, 0]),
  office: normalise([0, 0, 0, 0, 0, 0, 0, 0.3, 1.4, 2, 2, 1.9, 1.2, 1.8, 2, 1.8, 1.1, 0.4, 0.1, 0.05, 0, 0, 0, 0]),
  airport: normalise([
    0.1, 0, 0, 0, 0, 0.3, 0.8, 1.2, 1.5, 1.5, 1.6, 1.8, 1.8, 1.5, 1.4, 1.5, 1.6, 1.7, 1.5, 1.2, 1, 0.8, 0.5, 0.3,
  ]),
  sea: normalise([
    1.6, 1.7, 1.7, 1.6, 1.4, 1.1, 0.8, 0.7, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.7, 0.8, 0.9, 1.1, 1.3, 1.5, 1.6, 1.6,
    1.6,
  ]),
  night: normalise([
    2, 2, 2, 1.8, 1.4, 0.8, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.3, 0.6, 1.2, 1.7, 2, 2, 2,
  ]),
  systems: normalise([
    0.8, 0.8, 0.8, 0.8, 0.8, 0.9, 1, 1.1, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.1, 1, 1, 0.9, 0.9, 0.9, 0.8, 0.8,
  ]),
};

// Relative activity by weekday, Sunday first: customs examines cargo on weekdays, boats run more at weekends.
const WEEKDAYS: Record<Rhythm, readonly number[]> = {
  port: normalise([0.25, 1.2, 1.25, 1.25, 1.2, 1.15, 0.6]),
  office: normalise([0.2, 1.25, 1.25, 1.25, 1.25, 1.2, 0.4]),
  airport: normalise([1.15, 0.95, 0.9, 0.9, 1, 1.15, 0.95]),
  sea: normalise([1.1, 0.95, 0.95, 0.95, 1, 1.05, 1.1]),
  night: normalise([1.2, 0.9, 0.9, 0.9, 1, 1.15, 1.25]),
  systems: normalise([0.85, 1.05, 1.05, 1.05, 1.05, 1, 0.85]),
};

export const hourFactor = (rhythm: Rhythm, hour: number): number => HOURS[rhythm][hour] ?? 0;
export const weekdayFactor = (rhythm: Rhythm, day: number): number => WEEKDAYS[rhythm][weekday(day)] ?? 1;

// [hour, weight] pairs, built once: drawHour runs for every history event.
const entries = (weights: readonly number[]) => weights.map((w, hour) => [hour, w] as const);
const HOUR_ENTRIES: Record<Rhythm, readonly (readonly [number, number])[]> = {
  port: entries(HOURS.port),
  office: entries(HOURS.office),
  airport: entries(HOURS.airport),
  sea: entries(HOURS.sea),
  night: entries(HOURS.night),
  systems: entries(HOURS.systems),
};

/** A local hour drawn from the rhythm's profile. */
export const drawHour = (rng: Rng, rhythm: Rhythm): number => rng.weighted(HOUR_ENTRIES[rhythm]);

export type SurgeType = 'maritime' | 'port' | 'intelligence';

export interface Surge {
  type: SurgeType;
  operation: string;
  firstDay: number;
  lastDay: number;
}

const SURGE_BLOCK_DAYS = 30;

/**
 * One surge per 30-day block, two to four days long, so every 90-day window shows about three of them. Drawn
 * per block (not per day) so that a window never happens to be flat.
 */
export function surgeOn(seed: Seed, day: number): Surge | undefined {
  const block = Math.floor(day / SURGE_BLOCK_DAYS);
  const rng = createRng(seed, 'surge', block);
  const firstDay = block * SURGE_BLOCK_DAYS + rng.int(0, SURGE_BLOCK_DAYS - 5);
  const lastDay = firstDay + rng.int(1, 3);
  const type = rng.weighted<SurgeType>([
    ['maritime', 3],
    ['port', 2],
    ['intelligence', 1],
  ]);
  const operation = `Operation ${rng.pick(OPERATION_NAMES)}`;
  return day >= firstDay && day <= lastDay ? { type, operation, firstDay, lastDay } : undefined;
}

function surgeFactor(type: SurgeType, scenario: Scenario): number {
  switch (type) {
    case 'maritime':
      if (scenario.kind === 'interdiction') return 2.8;
      if (scenario.kind === 'sighting_report') return 2.2;
      return scenario.rhythm === 'sea' || scenario.rhythm === 'night' ? 2 : 1;
    case 'port':
      if (scenario.id.startsWith('seizure.firearms') || scenario.id.startsWith('seizure.ammunition')) return 3.2;
      if (scenario.kind === 'cargo_alert') return 2.5;
      return scenario.rhythm === 'port' || scenario.rhythm === 'office' ? 1.5 : 1;
    case 'intelligence':
      if (scenario.kind === 'vessel_alert' || scenario.kind === 'watchlist_hit') return 2.6;
      return scenario.kind === 'sighting_report' ? 1.5 : 1;
  }
}

export interface DayPlan {
  day: number;
  surge?: Surge;
  /** Expected number of events of each scenario that day, in the order given. */
  means: number[];
}

export function planDay(seed: Seed, day: number, scenarios: readonly Scenario[]): DayPlan {
  const totalWeight = scenarios.reduce((sum, s) => sum + s.weight, 0);
  // Day-to-day noise on top of the weekly rhythm: some days are just busier.
  const busyness = createRng(seed, 'busyness', day).logNormal(1, 0.18);
  const surge = surgeOn(seed, day);
  const means = scenarios.map(
    (s) =>
      ((EVENTS_PER_DAY * s.weight) / totalWeight) *
      weekdayFactor(s.rhythm, day) *
      busyness *
      (surge ? surgeFactor(surge.type, s) : 1),
  );
  return surge ? { day, surge, means } : { day, means };
}
