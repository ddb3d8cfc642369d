import type { VesselState } from './vessel-state.ts';

/**
 * Which positions are worth persisting: about one a minute per vessel, more when it turns sharply or changes
 * speed, so a stored track keeps its shape at a small fraction of the raw report rate (a Class A ship under
 * way reports every 2-10 s).
 */
export interface DownsampleOptions {
  /** Keep at least one point per this interval while reporting. Default 60 s. */
  intervalMs: number;
  /** Keep a point early when the course changed by at least this much. Default 20 degrees. */
  turnDeg: number;
  /** Keep a point early when the speed changed by at least this much. Default 3 kn. */
  speedDeltaKn: number;
  /** Never keep two points closer than this, even on a turn. Default 10 s. */
  minGapMs: number;
}

export const DEFAULT_DOWNSAMPLE: DownsampleOptions = {
  intervalMs: 60_000,
  turnDeg: 20,
  speedDeltaKn: 3,
  minGapMs: 10_000,
};

/** Decides on the vessel's current position (already applied) and remembers a kept point. */
export function keepTrackPoint(v: VesselState, options: DownsampleOptions): boolean {
  const dt = v.positionAt - v.keptAt;
  if (dt < options.minGapMs) return false;
  let keep = dt >= options.intervalMs;
  if (!keep && v.cog !== null && v.keptCog >= 0) keep = angleBetween(v.cog, v.keptCog) >= options.turnDeg;
  if (!keep && v.sog !== null && v.keptSog >= 0) keep = Math.abs(v.sog - v.keptSog) >= options.speedDeltaKn;
  if (!keep) return false;
  v.keptAt = v.positionAt;
  v.keptCog = v.cog ?? -1;
  v.keptSog = v.sog ?? -1;
  return true;
}

export function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}
