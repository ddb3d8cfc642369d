import { FLAG_STATES, type FlagCode } from '../identifiers.ts';
import { createRng, type Rng, type Seed } from '../random.ts';
import {
  IdentityFactory,
  PROFILES,
  makeParticulars,
  type Identity,
  type Particulars,
  type TrafficKind,
} from './fleet.ts';
import { buildItinerary } from './itineraries.ts';
import { createMotion, cycleMs, stepTo, type Leg, type Motion } from './movement.ts';
import {
  STATIC_INTERVAL_MS,
  positionIntervalMs,
  positionMessage,
  staticMessages,
  toSentences,
  type Transponder,
} from './reports.ts';
import { isDark, loiterLegs, rendezvousLegs, type DarkWindow, type ScenarioActor } from './scenarios.ts';
import { ScheduleHeap } from './schedule-heap.ts';
import { SHORE_INTERVAL_MS, personsOnBoardSentences, shoreBroadcasts } from './shore-broadcasts.ts';

const HOUR = 3_600_000;

export interface TrafficOptions {
  seed: Seed;
  /** Number of vessels (scenario actors included). */
  vessels: number;
  /** Sim time at which the world starts, epoch ms. */
  startMs: number;
  /**
   * Multiplies every reporting interval. 1 is real AIS rates; a time-accelerated demo uses its speed factor
   * here so the message rate per wall-clock second stays what it would be at 1x.
   */
  reportIntervalScale?: number;
  /** Reports older than this behind the requested time are skipped, not replayed (after a pause). Default 60 s. */
  maxLagMs?: number;
}

export interface TrafficStats {
  vessels: number;
  positionReports: number;
  staticReports: number;
  sentences: number;
  /** Reports not sent because the vessel was dark. */
  suppressed: number;
}

export interface Traffic {
  /** Moves the world to sim time `nowMs` and returns the NMEA sentences transmitted on the way, in order. */
  advance(nowMs: number): string[];
  readonly scenarios: readonly ScenarioActor[];
  readonly stats: TrafficStats;
  /** Every vessel's current identity and kind (for tests and the demo's logs). */
  roster(): { mmsi: number; name: string; kind: TrafficKind | 'scenario'; flag: FlagCode }[];
}

interface SimVessel extends Transponder {
  index: number;
  kind: TrafficKind;
  scenario: boolean;
  identities: { from: number; identity: Identity }[];
  destinations: (string | null)[];
  dark: DarkWindow[];
  rng: Rng;
  nextPositionAt: number;
  nextStaticAt: number;
}

/**
 * Simulated Caribbean AIS traffic. Pure and deterministic: the same seed, vessel count and start give the same
 * sentences at the same sim times, however finely `advance` is called (reports are made at each vessel's own
 * schedule, not at the caller's ticks).
 */
export function createTraffic(options: TrafficOptions): Traffic {
  const scale = Math.max(0.01, options.reportIntervalScale ?? 1);
  const maxLagMs = options.maxLagMs ?? 60_000;
  const rng = createRng(`${options.seed}-traffic`);
  const ids = new IdentityFactory(createRng(`${options.seed}-traffic-ids`));
  const start = options.startMs;
  const vessels: SimVessel[] = [];
  const scenarios: ScenarioActor[] = [];
  const stats: TrafficStats = { vessels: 0, positionReports: 0, staticReports: 0, sentences: 0, suppressed: 0 };
  let seqId = 0;
  let channel = 0;
  const nextSeqId = (): number => (seqId = (seqId + 1) % 10);

  const add = (
    kind: TrafficKind,
    legs: Leg[],
    destinations: (string | null)[],
    flag: FlagCode,
    scenario: boolean,
    phaseMs: number,
  ): SimVessel => {
    const index = vessels.length;
    const vrng = createRng(`${options.seed}-traffic-vessel-${index}`);
    const particulars: Particulars = makeParticulars(vrng, kind);
    const motion: Motion = createMotion(legs, start - phaseMs);
    stepTo(motion, start, vrng);
    const v: SimVessel = {
      index,
      kind,
      scenario,
      identity: ids.create(kind, flag),
      identities: [],
      particulars,
      aisClass: PROFILES[kind].aisClass,
      motion,
      destination: destinations[motion.leg] ?? null,
      destinations,
      restingHeading: vrng.int(0, 359),
      reportsHeading: kind !== 'pleasure' && kind !== 'fishing',
      dark: [],
      rng: vrng,
      // Spread first reports over the first interval so the world does not speak in one burst.
      nextPositionAt: start + vrng.float(0, 10_000 * scale),
      nextStaticAt: start + vrng.float(0, 30_000 * scale),
    };
    v.identities.push({ from: Number.NEGATIVE_INFINITY, identity: v.identity });
    vessels.push(v);
    return v;
  };

  const pickFlag = (kind: TrafficKind): FlagCode => rng.weighted(PROFILES[kind].flags);
  const speedOf = (kind: TrafficKind): number => {
    const [lo, hi] = PROFILES[kind].speedKn;
    return Math.round(rng.float(lo, hi) * 10) / 10;
  };

  // Scenario actors first, so small worlds (tests) still have them.
  const n = Math.max(0, Math.floor(options.vessels));
  const pairs = Math.max(1, Math.round(n / 2000));
  for (let i = 0; i < pairs && vessels.length + 2 <= n; i++) {
    const { legs, meetAt, partAt } = rendezvousLegs(rng, start, [10, 8]);
    const [legsA, legsB] = legs;
    const a = add(
      'general_cargo',
      legsA,
      legsA.map(() => null),
      rng.pick(['HN', 'BZ', 'VC'] as const),
      true,
      0,
    );
    const b = add(
      'fishing',
      legsB,
      legsB.map(() => null),
      'JM',
      true,
      0,
    );
    scenarios.push({
      kind: 'rendezvous',
      mmsis: [a.identity.mmsi, b.identity.mmsi],
      from: meetAt,
      to: partAt,
      description: `${a.identity.name} meets ${b.identity.name} south of Jamaica`,
    });
  }
  const loiterers = Math.max(1, Math.round(n / 1500));
  for (let i = 0; i < loiterers && vessels.length < n; i++) {
    const { legs, from, to } = loiterLegs(rng, start, 10);
    const v = add(
      'general_cargo',
      legs,
      legs.map(() => null),
      rng.pick(['HN', 'BZ', 'VC', 'JM'] as const),
      true,
      0,
    );
    scenarios.push({
      kind: 'loiter',
      mmsis: [v.identity.mmsi],
      from,
      to,
      description: `${v.identity.name} loiters south of Kingston`,
    });
  }

  // The regular fleet, by the profile weights.
  let hasGoFast = false;
  const kinds = Object.entries(PROFILES).map(([kind, p]) => [kind as TrafficKind, p.weight] as const);
  while (vessels.length < n) {
    // Every world of some size has at least one go-fast run to show.
    const kind = vessels.length === n - 1 && n >= 10 && !hasGoFast ? 'go_fast' : rng.weighted(kinds);
    if (kind === 'go_fast') hasGoFast = true;
    const speed = speedOf(kind);
    const itinerary = buildItinerary(rng, kind, speed);
    // Start each vessel somewhere in its cycle so the map is full from the first minute.
    const phase = rng.float(0, Math.max(HOUR, cycleMs(itinerary.legs)));
    add(kind, itinerary.legs, itinerary.destinations, pickFlag(kind), false, phase);
  }

  // Going dark: merchants and go-fasts stop transmitting for 6-10 hours (Skylight's AIS gap is 6 h), daily.
  const regular = vessels.filter(
    (v) =>
      !v.scenario &&
      (v.kind === 'go_fast' || v.kind === 'general_cargo' || v.kind === 'tanker' || v.kind === 'fishing'),
  );
  const darkCount = Math.min(regular.length, Math.max(2, Math.round(n * 0.004)));
  for (const v of rng.sample(regular, darkCount)) {
    const from = start + rng.float(0.1, 2) * HOUR;
    const durationMs = rng.float(6, 10) * HOUR;
    v.dark.push({ from, durationMs, periodMs: 24 * HOUR });
    scenarios.push({
      kind: 'dark',
      mmsis: [v.identity.mmsi],
      from,
      to: from + durationMs,
      description: `${v.identity.name} stops transmitting`,
    });
  }

  // Identity changes: a cargo ship renames itself and takes a new MMSI (often a new flag too) mid-voyage,
  // keeping its IMO number: the detectors see one IMO reported by two MMSIs.
  const cargo = vessels.filter(
    (v) => !v.scenario && v.dark.length === 0 && (v.kind === 'general_cargo' || v.kind === 'bulk'),
  );
  const changes = Math.min(cargo.length, Math.max(1, Math.round(n / 2000)));
  for (const v of rng.sample(cargo, changes)) {
    const at = start + rng.float(0.25, 2) * HOUR;
    const flag = rng.pick(Object.keys(FLAG_STATES) as FlagCode[]);
    const next = ids.reflag(v.identity, v.kind, flag);
    v.identities.push({ from: at, identity: next });
    scenarios.push({
      kind: 'identity_change',
      mmsis: [v.identity.mmsi, next.mmsi],
      from: at,
      to: at,
      description: `${v.identity.name} becomes ${next.name}`,
    });
  }

  stats.vessels = vessels.length;
  const agenda = new ScheduleHeap();
  for (const v of vessels) agenda.push(Math.min(v.nextPositionAt, v.nextStaticAt), v.index);

  const shoreRng = createRng(`${options.seed}-traffic-shore`);
  let nextShoreAt = start;

  /** Shore broadcasts due up to `t`, in time order with the ships' reports whatever the caller's steps. */
  const shoreUntil = (t: number, out: string[]): void => {
    while (nextShoreAt <= t) {
      for (const line of shoreBroadcasts(nextShoreAt, shoreRng, 'A')) out.push(line);
      nextShoreAt += SHORE_INTERVAL_MS * scale;
    }
  };

  const advance = (nowMs: number): string[] => {
    const out: string[] = [];
    // after a pause shore stations resume; they do not replay what they would have said
    if (nextShoreAt < nowMs - maxLagMs) nextShoreAt = nowMs - maxLagMs;
    while (agenda.peekTime() <= nowMs) {
      shoreUntil(agenda.peekTime(), out);
      const at = agenda.peekTime();
      const index = agenda.pop();
      const v = index === undefined ? undefined : vessels[index];
      if (v === undefined) break;
      if (at < nowMs - maxLagMs) {
        // Behind after a pause: skip ahead instead of replaying a backlog in one burst.
        v.nextPositionAt = Math.max(v.nextPositionAt, nowMs - v.rng.float(0, 5_000));
        v.nextStaticAt = Math.max(v.nextStaticAt, nowMs);
        agenda.push(Math.min(v.nextPositionAt, v.nextStaticAt), v.index);
        continue;
      }
      stepTo(v.motion, at, v.rng);
      v.destination = v.destinations[v.motion.leg] ?? null;
      const identity = currentIdentity(v, at);
      if (identity !== v.identity) {
        v.identity = identity;
        // A new identity announces itself at once.
        v.nextStaticAt = at;
      }
      const dark = isDark(v.dark, at);
      channel = 1 - channel;
      const ch = channel === 0 ? 'A' : 'B';
      if (v.nextPositionAt <= at) {
        if (dark) stats.suppressed++;
        else {
          for (const line of toSentences([positionMessage(v, at, v.rng)], ch, nextSeqId)) out.push(line);
          stats.positionReports++;
        }
        v.nextPositionAt = at + positionIntervalMs(v) * scale;
      }
      if (v.nextStaticAt <= at) {
        if (dark) stats.suppressed++;
        else {
          for (const line of toSentences(staticMessages(v, at), ch, nextSeqId)) out.push(line);
          if (v.aisClass === 'A')
            for (const line of personsOnBoardSentences(v.identity.mmsi, v.kind, ch)) out.push(line);
          stats.staticReports++;
        }
        v.nextStaticAt = at + STATIC_INTERVAL_MS * scale;
      }
      agenda.push(Math.min(v.nextPositionAt, v.nextStaticAt), v.index);
    }
    shoreUntil(nowMs, out);
    stats.sentences += out.length;
    return out;
  };

  return {
    advance,
    scenarios,
    stats,
    roster: () =>
      vessels.map((v) => ({
        mmsi: v.identity.mmsi,
        name: v.identity.name,
        kind: v.scenario ? 'scenario' : v.kind,
        flag: v.identity.flag,
      })),
  };
}

function currentIdentity(v: SimVessel, t: number): Identity {
  let id = v.identity;
  for (const entry of v.identities) if (entry.from <= t) id = entry.identity;
  return id;
}
