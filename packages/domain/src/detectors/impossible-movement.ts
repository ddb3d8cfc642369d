import type { DetectorEnv } from './env.ts';
import { distanceM, impliedSpeedKn } from './geo.ts';
import type { PositionObservation } from './types.ts';

interface LastFix {
  at: number;
  lat: number;
  lon: number;
  alertedAt: number;
}

/**
 * Impossible movement: two consecutive fixes of one MMSI further apart than any ship here can sail in the
 * time between them. Causes: position spoofing, or two transponders sharing one MMSI. One alert per vessel per
 * cooldown, since a shared MMSI jumps back and forth on every report.
 */
export class ImpossibleMovementDetector {
  private readonly last = new Map<number, LastFix>();

  constructor(private readonly env: DetectorEnv) {}

  observe(p: PositionObservation): void {
    const t = this.env.thresholds.impossibleMovement;
    const prev = this.last.get(p.mmsi);
    if (!prev) {
      this.last.set(p.mmsi, { at: p.at, lat: p.lat, lon: p.lon, alertedAt: Number.NEGATIVE_INFINITY });
      return;
    }
    // Late fixes are compared with nothing: the gap detector deals with them.
    if (p.at < prev.at) return;
    const d = distanceM(prev.lat, prev.lon, p.lat, p.lon);
    const speed = impliedSpeedKn(d, p.at - prev.at);
    if (d >= t.minDistanceM && speed > t.maxSpeedKn && p.at - prev.alertedAt >= t.cooldownMs) {
      prev.alertedAt = p.at;
      this.env.emit({
        id: `impossible_movement:${p.mmsi}:${p.at}`,
        type: 'impossible_movement',
        status: 'final',
        mmsis: [p.mmsi],
        startAt: prev.at,
        endAt: p.at,
        lat: p.lat,
        lon: p.lon,
        parameters: {
          maxSpeedKn: t.maxSpeedKn,
          minDistanceM: t.minDistanceM,
          impliedSpeedKn: Number.isFinite(speed) ? Math.round(speed * 10) / 10 : null,
          distanceM: Math.round(d),
          seconds: Math.round((p.at - prev.at) / 1000),
        },
        evidence: [
          {
            mmsi: p.mmsi,
            points: [
              [prev.at, prev.lat, prev.lon, -1],
              [p.at, p.lat, p.lon, p.sog ?? -1],
            ],
          },
        ],
        areaId: null,
        summary: `${p.mmsi} jumped ${Math.round(d / 100) / 10} km in ${Math.round((p.at - prev.at) / 1000)} s (${Number.isFinite(speed) ? Math.round(speed) : 'inf'} kn): spoofed position or shared MMSI`,
      });
    }
    prev.at = p.at;
    prev.lat = p.lat;
    prev.lon = p.lon;
  }

  forget(mmsi: number): void {
    this.last.delete(mmsi);
  }
}
