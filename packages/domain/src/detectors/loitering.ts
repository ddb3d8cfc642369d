import type { DetectorEnv } from './env.ts';
import { hours } from './env.ts';
import type { PositionObservation } from './types.ts';

interface Episode {
  startAt: number;
  lastAt: number;
  lastSog: number;
  /** Time-weighted speed integral (kn x ms) for the average. */
  speedMs: number;
  lat: number;
  lon: number;
  emitted: boolean;
}

/**
 * Loitering (GFW): averaging under `maxAverageSpeedKn` for at least `minDurationMs`, at least
 * `minDistanceFromShoreM` from shore. An episode runs while fixes stay slow-ish (under `breakSpeedKn`), far
 * from shore and no more than `maxFixGapMs` apart; it is raised once (ongoing) and closed (final) when it ends.
 */
export class LoiteringDetector {
  private readonly episodes = new Map<number, Episode>();

  constructor(private readonly env: DetectorEnv) {}

  observe(p: PositionObservation): void {
    const t = this.env.thresholds.loitering;
    const sog = p.sog ?? 0;
    const e = this.episodes.get(p.mmsi);
    if (e && p.at <= e.lastAt) return;
    const type = this.env.shipType(p.mmsi);
    const excluded =
      type !== null &&
      (this.env.thresholds.serviceShipTypes.includes(type) || this.env.thresholds.smallCraftShipTypes.includes(type));
    const continues =
      !excluded && sog < t.breakSpeedKn && this.env.geography.awayFromShore(p.lat, p.lon, t.minDistanceFromShoreM);
    if (!continues) {
      if (e) this.end(p.mmsi, e, p.at);
      return;
    }
    if (!e || p.at - e.lastAt > t.maxFixGapMs) {
      if (e) this.end(p.mmsi, e, e.lastAt);
      this.episodes.set(p.mmsi, {
        startAt: p.at,
        lastAt: p.at,
        lastSog: sog,
        speedMs: 0,
        lat: p.lat,
        lon: p.lon,
        emitted: false,
      });
      return;
    }
    // Trapezoid: the speed between two fixes is taken as the mean of their speeds.
    e.speedMs += ((e.lastSog + sog) / 2) * (p.at - e.lastAt);
    e.lastAt = p.at;
    e.lastSog = sog;
    e.lat = p.lat;
    e.lon = p.lon;
    const duration = e.lastAt - e.startAt;
    if (!e.emitted && duration >= t.minDurationMs && average(e) < t.maxAverageSpeedKn) {
      e.emitted = true;
      this.publish(p.mmsi, e, 'ongoing', null);
    }
  }

  sweep(nowMs: number): void {
    const t = this.env.thresholds.loitering;
    for (const [mmsi, e] of this.episodes) if (nowMs - e.lastAt > t.maxFixGapMs) this.end(mmsi, e, e.lastAt);
  }

  private end(mmsi: number, e: Episode, at: number): void {
    this.episodes.delete(mmsi);
    if (e.emitted) this.publish(mmsi, e, 'final', Math.max(e.lastAt, Math.min(at, e.lastAt)));
  }

  private publish(mmsi: number, e: Episode, status: 'ongoing' | 'final', endAt: number | null): void {
    const t = this.env.thresholds.loitering;
    const to = endAt ?? e.lastAt;
    this.env.emit({
      id: `loitering:${mmsi}:${e.startAt}`,
      type: 'loitering',
      status,
      mmsis: [mmsi],
      startAt: e.startAt,
      endAt,
      lat: e.lat,
      lon: e.lon,
      parameters: {
        maxAverageSpeedKn: t.maxAverageSpeedKn,
        minDurationHours: hours(t.minDurationMs),
        minDistanceFromShoreM: t.minDistanceFromShoreM,
        durationHours: hours(to - e.startAt),
        averageSpeedKn: Math.round(average(e) * 100) / 100,
      },
      evidence: [this.env.evidence(mmsi, e.startAt, to)],
      areaId: null,
      summary: `${mmsi} loitering at ${Math.round(average(e) * 10) / 10} kn for ${hours(to - e.startAt)} h, far from shore`,
    });
  }
}

function average(e: Episode): number {
  const d = e.lastAt - e.startAt;
  return d > 0 ? e.speedMs / d : e.lastSog;
}
