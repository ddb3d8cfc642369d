import { distanceM, M_PER_NM, offsetM } from '../detectors/geo.ts';

const RAD = Math.PI / 180;

/** Where a unit is and what it can do: the pursuer. */
export interface Pursuer {
  lat: number;
  lon: number;
  /** Best speed through the water, knots. */
  maxSpeedKn: number;
  /** Hours the unit can keep going; an intercept later than this is not possible. */
  enduranceH: number;
}

/** The target's last known fix and motion. Without course or speed (an event, a vessel gone stale) it is held still. */
export interface TargetFix {
  lat: number;
  lon: number;
  courseDeg: number | null;
  speedKn: number | null;
  /** When the fix was taken, ms since the epoch; the target is dead-reckoned from here. */
  atMs: number;
}

export type InterceptAnswer =
  | {
      possible: true;
      /** Hours from `nowMs` until the unit, at max speed on `courseDeg`, meets the target. */
      etaHours: number;
      /** Initial great-circle course from the unit to the meeting point, degrees true in [0, 360). */
      courseDeg: number;
      /** Great-circle distance the unit runs, nautical miles. */
      distanceNm: number;
      /** The meeting point. */
      lat: number;
      lon: number;
    }
  | {
      possible: false;
      /**
       * `outrun`: the target is at least as fast as the unit and does not come within reach in its endurance;
       * `beyond_endurance`: a slower target, too far to be caught within the unit's endurance;
       * `unit_immobile`: the unit has no speed (in port, broken down).
       */
      reason: 'outrun' | 'beyond_endurance' | 'unit_immobile';
    };

/** Closer than this (nautical miles) the unit is on the target already. */
const ON_TARGET_NM = 0.01;
/** Bisection stops once the meeting time is known to within this (hours): about a second. */
const TIME_TOLERANCE_H = 1 / 3600;

/** Where a target moving on a constant great circle from its fix is at `atMs`. */
export function deadReckon(target: TargetFix, atMs: number): { lat: number; lon: number } {
  const speed = target.speedKn ?? 0;
  if (target.courseDeg === null || speed <= 0) return { lat: target.lat, lon: target.lon };
  const hours = Math.max(0, atMs - target.atMs) / 3_600_000;
  return offsetM(target.lat, target.lon, target.courseDeg, speed * hours * M_PER_NM);
}

/** Initial great-circle bearing from one point to another, degrees true in [0, 360). */
export function initialBearingDeg(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const p1 = lat1 * RAD;
  const p2 = lat2 * RAD;
  const dl = (lon2 - lon1) * RAD;
  const y = Math.sin(dl) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
  return (((Math.atan2(y, x) / RAD) % 360) + 360) % 360;
}

export function distanceNm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return distanceM(lat1, lon1, lat2, lon2) / M_PER_NM;
}

/**
 * The earliest moment the unit, leaving now at its max speed on a straight great circle, can be where the
 * target (dead-reckoned from its last fix) is at that same moment. The gap g(t) = distance(unit, target(t)) -
 * speed * t starts at the current distance and changes no faster than (unit speed + target speed), so a
 * step of g / (that sum) can never jump over the first meeting (the march cannot miss it, unlike a root
 * finder started from a guess), nor can a step to where the last two gaps extrapolate to zero (convexity);
 * once g turns negative the meeting lies in the last step and is bisected.
 * The march is floored at 1/4096 of the endurance so that a target fleeing at almost the unit's speed costs
 * a bounded number of distance computations.
 */
export function computeIntercept(unit: Pursuer, target: TargetFix, nowMs: number): InterceptAnswer {
  if (!(unit.maxSpeedKn > 0)) return { possible: false, reason: 'unit_immobile' };
  const targetSpeed = Math.max(0, target.speedKn ?? 0);
  const horizonH = Math.max(0, unit.enduranceH);
  const gap = (hours: number): number => {
    const p = deadReckon(target, nowMs + hours * 3_600_000);
    return distanceNm(unit.lat, unit.lon, p.lat, p.lon) - unit.maxSpeedKn * hours;
  };
  const closing = unit.maxSpeedKn + targetSpeed;
  const minStep = Math.max(horizonH / 4096, TIME_TOLERANCE_H);
  let t = 0;
  let g = gap(0);
  if (g <= ON_TARGET_NM) return meetingAt(unit, target, nowMs, 0);
  let tPrev = Number.NaN;
  let gPrev = Number.NaN;
  while (t < horizonH) {
    // The gap of a target on a steady course is convex in time, so the line through the last two gaps meets
    // zero no later than the gap does: jumping there is safe too, and closes in on a fleeing target quickly.
    const secant = gPrev > g ? (g * (t - tPrev)) / (gPrev - g) : 0;
    const next = Math.min(horizonH, t + Math.max(g / closing, secant, minStep));
    const gNext = gap(next);
    if (gNext <= 0) return meetingAt(unit, target, nowMs, bisect(gap, t, next));
    tPrev = t;
    gPrev = g;
    t = next;
    g = gNext;
  }
  // Within the endurance the gap never closed: a target at least as fast got away; a slower one is too far.
  return { possible: false, reason: targetSpeed >= unit.maxSpeedKn ? 'outrun' : 'beyond_endurance' };
}

function bisect(gap: (hours: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  while (b - a > TIME_TOLERANCE_H / 8) {
    const mid = (a + b) / 2;
    if (gap(mid) <= 0) b = mid;
    else a = mid;
  }
  return b;
}

function meetingAt(unit: Pursuer, target: TargetFix, nowMs: number, hours: number): InterceptAnswer {
  const p = deadReckon(target, nowMs + hours * 3_600_000);
  const run = distanceNm(unit.lat, unit.lon, p.lat, p.lon);
  return {
    possible: true,
    etaHours: hours,
    courseDeg: run > 0 ? initialBearingDeg(unit.lat, unit.lon, p.lat, p.lon) : 0,
    distanceNm: run,
    lat: p.lat,
    lon: p.lon,
  };
}
