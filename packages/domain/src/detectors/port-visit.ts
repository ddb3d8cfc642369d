import type { DetectorEnv } from './env.ts';
import { hours } from './env.ts';
import { distanceM } from './geo.ts';
import type { NamedPoint } from './point-index.ts';
import type { PositionObservation } from './types.ts';

interface Visit {
  port: NamedPoint;
  enteredAt: number;
  lastAt: number;
  stopped: boolean;
}

/**
 * Port visit (GFW): entry within `entryRadiusM` of an anchorage, a stop below `stopSpeedKn`, exit beyond
 * `exitRadiusM` (hysteresis, so drifting on the edge is one visit), and at least `minDurationMs` inside.
 * Raised on exit, when its length is known.
 */
export class PortVisitDetector {
  private readonly visits = new Map<number, Visit>();

  constructor(private readonly env: DetectorEnv) {}

  observe(p: PositionObservation): void {
    const t = this.env.thresholds.portVisit;
    const v = this.visits.get(p.mmsi);
    if (v) {
      if (p.at < v.lastAt) return;
      if (distanceM(p.lat, p.lon, v.port.lat, v.port.lon) > t.exitRadiusM) {
        this.visits.delete(p.mmsi);
        if (v.stopped && p.at - v.enteredAt >= t.minDurationMs) this.publish(p.mmsi, v, p.at);
        return;
      }
      v.lastAt = p.at;
      if ((p.sog ?? 0) < t.stopSpeedKn) v.stopped = true;
      return;
    }
    const near = this.env.geography.nearestAnchorage(p.lat, p.lon, t.entryRadiusM);
    if (near)
      this.visits.set(p.mmsi, {
        port: near.point,
        enteredAt: p.at,
        lastAt: p.at,
        stopped: (p.sog ?? 0) < t.stopSpeedKn,
      });
  }

  private publish(mmsi: number, v: Visit, exitAt: number): void {
    const t = this.env.thresholds.portVisit;
    this.env.emit({
      id: `port_visit:${mmsi}:${v.port.id}:${v.enteredAt}`,
      type: 'port_visit',
      status: 'final',
      mmsis: [mmsi],
      startAt: v.enteredAt,
      endAt: exitAt,
      lat: v.port.lat,
      lon: v.port.lon,
      parameters: {
        port: v.port.id,
        portName: v.port.name,
        entryRadiusM: t.entryRadiusM,
        exitRadiusM: t.exitRadiusM,
        stopSpeedKn: t.stopSpeedKn,
        minDurationHours: hours(t.minDurationMs),
        durationHours: hours(exitAt - v.enteredAt),
      },
      evidence: [this.env.evidence(mmsi, v.enteredAt, exitAt)],
      areaId: null,
      summary: `${mmsi} visited ${v.port.name} for ${hours(exitAt - v.enteredAt)} h`,
    });
  }
}
