import { DetectorSuite, type DetectorSuiteOptions } from './detector-suite.ts';
import type { DetectorAlert, PositionObservation } from './types.ts';

/** A suite that records its alerts, for the detector tests. */
export function recordingSuite(options: DetectorSuiteOptions = {}): { suite: DetectorSuite; alerts: DetectorAlert[] } {
  const alerts: DetectorAlert[] = [];
  return { suite: new DetectorSuite((a) => alerts.push(a), options), alerts };
}

/** Fixes of one vessel every `stepMs` from `from` to `to` (inclusive), positions given by `where(t)`. */
export function fixes(
  mmsi: number,
  from: number,
  to: number,
  stepMs: number,
  where: (t: number) => { lat: number; lon: number; sog: number },
): PositionObservation[] {
  const out: PositionObservation[] = [];
  for (let t = from; t <= to; t += stepMs) {
    const w = where(t);
    out.push({ mmsi, at: t, lat: w.lat, lon: w.lon, sog: w.sog });
  }
  return out;
}

/** Interleaves several fix lists by time, as a receiver would hear them. */
export function byTime(...lists: PositionObservation[][]): PositionObservation[] {
  return lists.flat().sort((a, b) => a.at - b.at);
}

export const T0 = Date.UTC(2026, 10, 29, 0, 0, 0);
export const MIN = 60_000;
export const HOUR = 3_600_000;
