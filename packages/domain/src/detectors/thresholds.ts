import { M_PER_NM } from './geo.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Every detector threshold; defaults follow GUIDE.md section 3 (Global Fishing Watch, Skylight). */
export interface DetectorThresholds {
  aisGap: {
    /** Silence longer than this is a gap (Skylight: 6 h). */
    minGapMs: number;
    /** A transponder switched off at a berth is routine: gaps starting this close to an anchorage are ignored. */
    ignoreWithinAnchorageM: number;
    /** How long after a gap late (out-of-order) fixes may still revise it. */
    lateWindowMs: number;
  };
  encounter: {
    maxDistanceM: number;
    minDurationMs: number;
    maxMedianSpeedKn: number;
    minDistanceFromAnchorageM: number;
    /** A partner's fix older than this does not count as "still there". */
    maxFixAgeMs: number;
    /** Vessels faster than this are not indexed at all (keeps the grid small). */
    candidateSpeedKn: number;
  };
  loitering: {
    maxAverageSpeedKn: number;
    minDistanceFromShoreM: number;
    minDurationMs: number;
    /** One fix faster than this ends the episode (a short burst below it is averaged). */
    breakSpeedKn: number;
    /** Fixes further apart than this restart the episode: nothing is known in between. */
    maxFixGapMs: number;
  };
  impossibleMovement: {
    /** Implied speed above this is impossible for the traffic here (go-fasts reach about 45 kn). */
    maxSpeedKn: number;
    /** Jumps shorter than this are GNSS noise, whatever the time between fixes. */
    minDistanceM: number;
    /** One alert per vessel per this long: a shared MMSI would otherwise alert on every fix. */
    cooldownMs: number;
  };
  portVisit: {
    entryRadiusM: number;
    exitRadiusM: number;
    stopSpeedKn: number;
    minDurationMs: number;
  };
  identity: {
    /** An IMO number reported by two MMSIs within this window is flagged. */
    imoReuseWindowMs: number;
  };
  /** Ship types (ITU codes) never counted in encounters or loitering: pilots, SAR, tugs, tenders, law enforcement. */
  serviceShipTypes: readonly number[];
  /** Ship types that may not make an encounter between themselves alone (fishing and pleasure craft). */
  smallCraftShipTypes: readonly number[];
}

export const DEFAULT_THRESHOLDS: DetectorThresholds = {
  aisGap: { minGapMs: 6 * HOUR, ignoreWithinAnchorageM: 3_000, lateWindowMs: 24 * HOUR },
  encounter: {
    maxDistanceM: 500,
    minDurationMs: 2 * HOUR,
    maxMedianSpeedKn: 2,
    minDistanceFromAnchorageM: 10_000,
    maxFixAgeMs: 15 * MIN,
    candidateSpeedKn: 4,
  },
  loitering: {
    maxAverageSpeedKn: 2,
    minDistanceFromShoreM: 20 * M_PER_NM,
    minDurationMs: HOUR,
    breakSpeedKn: 4,
    maxFixGapMs: 30 * MIN,
  },
  impossibleMovement: { maxSpeedKn: 50, minDistanceM: 2_000, cooldownMs: HOUR },
  portVisit: { entryRadiusM: 3_000, exitRadiusM: 4_000, stopSpeedKn: 0.2, minDurationMs: 3 * HOUR },
  identity: { imoReuseWindowMs: 24 * HOUR },
  serviceShipTypes: [50, 51, 52, 53, 54, 55, 58],
  smallCraftShipTypes: [30, 36, 37],
};

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Partial<T[K]> : T[K];
};
export type DetectorThresholdOverrides = DeepPartial<DetectorThresholds>;

export function resolveThresholds(overrides: DetectorThresholdOverrides = {}): DetectorThresholds {
  const d = DEFAULT_THRESHOLDS;
  return {
    aisGap: { ...d.aisGap, ...overrides.aisGap },
    encounter: { ...d.encounter, ...overrides.encounter },
    loitering: { ...d.loitering, ...overrides.loitering },
    impossibleMovement: { ...d.impossibleMovement, ...overrides.impossibleMovement },
    portVisit: { ...d.portVisit, ...overrides.portVisit },
    identity: { ...d.identity, ...overrides.identity },
    serviceShipTypes: overrides.serviceShipTypes ?? d.serviceShipTypes,
    smallCraftShipTypes: overrides.smallCraftShipTypes ?? d.smallCraftShipTypes,
  };
}
