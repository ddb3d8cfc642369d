import type { Rng } from '../random.ts';
import type { LatLon } from './sea-network.ts';

/**
 * How a simulated vessel moves: a cycle of legs (sail a path, stay put, wander in an area), stepped forward
 * in time. Stepping only at the vessel's own report times keeps the world deterministic however often the
 * caller advances it.
 */
export type Leg =
  | { kind: 'sail'; path: readonly LatLon[]; speedKn: number; navStatus: number }
  | { kind: 'stay'; at: LatLon; durationMs: number; navStatus: number }
  | {
      kind: 'wander';
      centre: LatLon;
      radiusNm: number;
      durationMs: number;
      speedKn: readonly [number, number];
      navStatus: number;
      /** Mean minutes between course changes. */
      turnEveryMin: number;
    };

export interface Motion {
  legs: readonly Leg[];
  leg: number;
  /** Sim time this state describes, epoch ms. */
  t: number;
  legStartedAt: number;
  /** Sail: index of the segment's end point; progress along the segment in nm. */
  segment: number;
  progressNm: number;
  lat: number;
  lon: number;
  courseDeg: number;
  speedKn: number;
  navStatus: number;
  /** Wander: next course change. */
  nextTurnAt: number;
}

const NM_PER_DEG_LAT = 60;
const MS_PER_HOUR = 3_600_000;

export function createMotion(legs: readonly Leg[], t: number): Motion {
  const first = legs[0];
  if (first === undefined) throw new RangeError('a vessel needs at least one leg');
  const start = first.kind === 'sail' ? first.path[0] : first.kind === 'stay' ? first.at : first.centre;
  if (start === undefined) throw new RangeError('a sail leg needs a path');
  const m: Motion = {
    legs,
    leg: 0,
    t,
    legStartedAt: t,
    segment: 1,
    progressNm: 0,
    lat: start.lat,
    lon: start.lon,
    courseDeg: 0,
    speedKn: 0,
    navStatus: 0,
    nextTurnAt: t,
  };
  enterLeg(m, t);
  return m;
}

/** Flat-earth distance in nm and bearing in degrees: exact enough over one lane segment at these latitudes. */
export function distanceNm(a: LatLon, b: LatLon): number {
  const k = Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(b.lat - a.lat, (b.lon - a.lon) * k) * NM_PER_DEG_LAT;
}

export function bearingDeg(a: LatLon, b: LatLon): number {
  const k = Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  const deg = (Math.atan2((b.lon - a.lon) * k, b.lat - a.lat) * 180) / Math.PI;
  return (deg + 360) % 360;
}

/** Moves the vessel to time `t` (never backwards). */
export function stepTo(m: Motion, t: number, rng: Rng): void {
  // A bounded loop: each pass finishes a leg, a segment or a wander turn, or consumes the remaining time.
  for (let guard = 0; m.t < t && guard < 100_000; guard++) {
    const leg = m.legs[m.leg];
    if (leg === undefined) return;
    if (leg.kind === 'stay') {
      const end = m.legStartedAt + leg.durationMs;
      if (end > t) {
        m.t = t;
        return;
      }
      m.t = end;
      nextLeg(m);
    } else if (leg.kind === 'sail') {
      const from = leg.path[m.segment - 1];
      const to = leg.path[m.segment];
      if (from === undefined || to === undefined) {
        nextLeg(m);
        continue;
      }
      const segmentNm = distanceNm(from, to);
      const remainingNm = segmentNm - m.progressNm;
      const canNm = (leg.speedKn * (t - m.t)) / MS_PER_HOUR;
      if (canNm < remainingNm) {
        m.progressNm += canNm;
        const f = segmentNm > 0 ? m.progressNm / segmentNm : 1;
        m.lat = from.lat + (to.lat - from.lat) * f;
        m.lon = from.lon + (to.lon - from.lon) * f;
        m.courseDeg = bearingDeg(from, to);
        m.t = t;
        return;
      }
      m.t += leg.speedKn > 0 ? (remainingNm / leg.speedKn) * MS_PER_HOUR : t - m.t;
      m.lat = to.lat;
      m.lon = to.lon;
      m.segment++;
      m.progressNm = 0;
      if (m.segment >= leg.path.length) nextLeg(m);
      else m.courseDeg = bearingDeg(to, leg.path[m.segment] ?? to);
    } else {
      const end = m.legStartedAt + leg.durationMs;
      const until = Math.min(t, end, m.nextTurnAt);
      const nm = (m.speedKn * (until - m.t)) / MS_PER_HOUR;
      const rad = (m.courseDeg * Math.PI) / 180;
      m.lat += (nm * Math.cos(rad)) / NM_PER_DEG_LAT;
      m.lon += (nm * Math.sin(rad)) / (NM_PER_DEG_LAT * Math.cos((m.lat * Math.PI) / 180));
      m.t = until;
      if (until >= end) nextLeg(m);
      else if (until >= m.nextTurnAt) turn(m, leg, rng);
    }
  }
}

function nextLeg(m: Motion): void {
  m.leg = (m.leg + 1) % m.legs.length;
  enterLeg(m, m.t);
}

function enterLeg(m: Motion, t: number): void {
  const leg = m.legs[m.leg];
  if (leg === undefined) return;
  m.legStartedAt = t;
  m.navStatus = leg.navStatus;
  if (leg.kind === 'stay') {
    m.lat = leg.at.lat;
    m.lon = leg.at.lon;
    m.speedKn = 0;
  } else if (leg.kind === 'sail') {
    m.segment = 1;
    m.progressNm = 0;
    m.speedKn = leg.speedKn;
    const a = leg.path[0];
    const b = leg.path[1];
    if (a !== undefined && b !== undefined) {
      m.lat = a.lat;
      m.lon = a.lon;
      m.courseDeg = bearingDeg(a, b);
    }
  } else {
    m.nextTurnAt = t;
  }
}

/** A new wander course: random, but back towards the centre once outside the circle. */
function turn(m: Motion, leg: Extract<Leg, { kind: 'wander' }>, rng: Rng): void {
  const here = { lat: m.lat, lon: m.lon };
  const off = distanceNm(leg.centre, here);
  m.courseDeg =
    off > leg.radiusNm * 0.8 ? (bearingDeg(here, leg.centre) + rng.float(-30, 30) + 360) % 360 : rng.float(0, 360);
  m.speedKn = rng.float(leg.speedKn[0], leg.speedKn[1]);
  // Keep a step short enough that the vessel cannot leave the circle by much before the next check.
  const maxMs = m.speedKn > 0 ? ((leg.radiusNm * 0.4) / m.speedKn) * MS_PER_HOUR : Number.POSITIVE_INFINITY;
  m.nextTurnAt = m.t + Math.max(60_000, Math.min(maxMs, leg.turnEveryMin * 60_000 * rng.float(0.5, 1.5)));
}

/** Remaining nm of the current sail leg (for ETA); 0 when not sailing. */
export function remainingNm(m: Motion): number {
  const leg = m.legs[m.leg];
  if (leg === undefined || leg.kind !== 'sail') return 0;
  let nm = 0;
  let prev: LatLon = { lat: m.lat, lon: m.lon };
  for (let i = m.segment; i < leg.path.length; i++) {
    const p = leg.path[i];
    if (p === undefined) break;
    nm += distanceNm(prev, p);
    prev = p;
  }
  return nm;
}

/** Total duration of one cycle of legs, where it can be known (wander and stay durations, sail at speed). */
export function cycleMs(legs: readonly Leg[]): number {
  let ms = 0;
  for (const leg of legs) {
    if (leg.kind === 'sail') {
      let nm = 0;
      for (let i = 1; i < leg.path.length; i++) {
        const a = leg.path[i - 1];
        const b = leg.path[i];
        if (a && b) nm += distanceNm(a, b);
      }
      ms += leg.speedKn > 0 ? (nm / leg.speedKn) * MS_PER_HOUR : 0;
    } else ms += leg.durationMs;
  }
  return ms;
}
