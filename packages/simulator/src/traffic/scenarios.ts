import type { Rng } from '../random.ts';
import { WANDER_AREAS } from './areas.ts';
import type { Leg } from './movement.ts';
import { cycleMs, distanceNm } from './movement.ts';
import { SEA_NODES, type LatLon } from './sea-network.ts';
import { TRAFFIC_PORTS } from './ports.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Scenario actors: the behaviours the detectors look for, staged on purpose so a demo shows them within
 * hours of starting. Each repeats daily (its legs are padded to exactly 24 h) so a long-running demo keeps
 * producing them.
 */
export type ScenarioKind = 'dark' | 'rendezvous' | 'loiter' | 'identity_change';

export interface ScenarioActor {
  kind: ScenarioKind;
  /** MMSIs involved (for identity changes: the old one, then the new one). */
  mmsis: number[];
  /** When it first happens (sim time). */
  from: number;
  to: number;
  description: string;
}

/** Pads a leg cycle with a final stay so the whole cycle lasts exactly one day. */
export function padToDay(legs: Leg[], at: LatLon, navStatus: number): Leg[] {
  const rest = DAY - cycleMs(legs);
  return rest > 0 ? [...legs, { kind: 'stay', at, durationMs: rest, navStatus }] : legs;
}

/** Two vessels sail to one spot at sea, drift within ~100 m for 2.5 h, and part (GFW encounter: 500 m, 2 h). */
export function rendezvousLegs(
  rng: Rng,
  startMs: number,
  speedsKn: readonly [number, number],
): { legs: [Leg[], Leg[]]; meetAt: number; partAt: number } {
  const meet = WANDER_AREAS.rendezvousSouth.centre;
  const origins: [LatLon, LatLon] = [
    { lat: 16.7 + rng.float(-0.05, 0.05), lon: -76.8 + rng.float(-0.05, 0.05) },
    { lat: 17.15 + rng.float(-0.05, 0.05), lon: -77.3 + rng.float(-0.05, 0.05) },
  ];
  const travelMs = origins.map((o, i) => (distanceNm(o, meet) / (speedsKn[i] ?? 8)) * HOUR);
  const firstMeet = startMs + Math.max(...travelMs) + 0.5 * HOUR;
  const holdMs = 2.5 * HOUR;
  const legs = origins.map((origin, i): Leg[] => {
    const speedKn = speedsKn[i] ?? 8;
    const wait = firstMeet - startMs - (travelMs[i] ?? 0);
    const spot = { lat: meet.lat + (i === 0 ? 0.0003 : -0.0003), lon: meet.lon };
    return padToDay(
      [
        { kind: 'stay', at: origin, durationMs: wait, navStatus: 0 },
        { kind: 'sail', path: [origin, spot], speedKn, navStatus: 0 },
        {
          kind: 'wander',
          centre: spot,
          radiusNm: 0.03,
          durationMs: holdMs,
          speedKn: [0.1, 0.8],
          navStatus: 0,
          turnEveryMin: 20,
        },
        { kind: 'sail', path: [spot, origin], speedKn, navStatus: 0 },
      ],
      origin,
      0,
    );
  }) as [Leg[], Leg[]];
  return { legs, meetAt: firstMeet, partAt: firstMeet + holdMs };
}

/** A vessel leaves Kingston, idles under 2 kn more than 20 nm off the coast for 4-6 h, and returns. */
export function loiterLegs(rng: Rng, startMs: number, speedKn: number): { legs: Leg[]; from: number; to: number } {
  const area = WANDER_AREAS.loiterSouthOfKingston;
  const berth = TRAFFIC_PORTS.JMKIN.berth;
  const out = [berth, SEA_NODES.kingstonApproach, area.centre];
  const delay = rng.float(0.2, 1) * HOUR;
  const travel =
    ((distanceNm(berth, SEA_NODES.kingstonApproach) + distanceNm(SEA_NODES.kingstonApproach, area.centre)) / speedKn) *
    HOUR;
  const loiterMs = rng.float(4, 6) * HOUR;
  const legs = padToDay(
    [
      { kind: 'stay', at: berth, durationMs: delay, navStatus: 5 },
      { kind: 'sail', path: out, speedKn, navStatus: 0 },
      {
        kind: 'wander',
        centre: area.centre,
        radiusNm: area.radiusNm,
        durationMs: loiterMs,
        speedKn: [0.3, 1.8],
        navStatus: 0,
        turnEveryMin: 15,
      },
      { kind: 'sail', path: [...out].reverse(), speedKn, navStatus: 0 },
    ],
    berth,
    5,
  );
  return { legs, from: startMs + delay + travel, to: startMs + delay + travel + loiterMs };
}

/** When a vessel stops transmitting and for how long; repeats every `periodMs`. */
export interface DarkWindow {
  from: number;
  durationMs: number;
  periodMs: number;
}

export function isDark(windows: readonly DarkWindow[], t: number): boolean {
  for (const w of windows) if (t >= w.from && (t - w.from) % w.periodMs < w.durationMs) return true;
  return false;
}
