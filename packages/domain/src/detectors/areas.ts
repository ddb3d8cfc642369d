import type { DetectorEnv } from './env.ts';
import type { PositionObservation } from './types.ts';

/** An area of interest drawn on the map: a closed ring of [lon, lat] (GeoJSON order). */
export interface AreaShape {
  id: string;
  name: string;
  ring: readonly (readonly [number, number])[];
}

interface IndexedArea extends AreaShape {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** Ray casting; the ring may or may not repeat its first point. */
export function pointInRing(lon: number, lat: number, ring: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (a[1] > lat !== b[1] > lat && lon < ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/**
 * Entry into and exit from areas of interest. A bounding box test rejects almost every fix before the
 * polygon test. The first fix of a vessel sets where it is without an alert: starting the server must not
 * announce every vessel already inside an area.
 */
export class AreaDetector {
  private areas: IndexedArea[] = [];
  private readonly inside = new Map<number, Set<string>>();

  constructor(private readonly env: DetectorEnv) {}

  setAreas(areas: readonly AreaShape[]): void {
    this.areas = areas.map((a) => {
      let minLon = Infinity;
      let minLat = Infinity;
      let maxLon = -Infinity;
      let maxLat = -Infinity;
      for (const [lon, lat] of a.ring) {
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
      return { ...a, minLon, minLat, maxLon, maxLat };
    });
    const ids = new Set(this.areas.map((a) => a.id));
    for (const set of this.inside.values()) for (const id of set) if (!ids.has(id)) set.delete(id);
  }

  observe(p: PositionObservation): void {
    const before = this.inside.get(p.mmsi);
    const now = new Set<string>();
    for (const a of this.areas) {
      if (p.lon < a.minLon || p.lon > a.maxLon || p.lat < a.minLat || p.lat > a.maxLat) continue;
      if (pointInRing(p.lon, p.lat, a.ring)) now.add(a.id);
    }
    if (before === undefined) {
      this.inside.set(p.mmsi, now);
      return;
    }
    if (now.size === 0 && before.size === 0) return;
    for (const id of now) if (!before.has(id)) this.publish(p, id, 'area_entry');
    for (const id of before) if (!now.has(id)) this.publish(p, id, 'area_exit');
    this.inside.set(p.mmsi, now);
  }

  forget(mmsi: number): void {
    this.inside.delete(mmsi);
  }

  private publish(p: PositionObservation, areaId: string, type: 'area_entry' | 'area_exit'): void {
    const area = this.areas.find((a) => a.id === areaId);
    const name = area?.name ?? areaId;
    this.env.emit({
      id: `${type}:${p.mmsi}:${areaId}:${p.at}`,
      type,
      status: 'final',
      mmsis: [p.mmsi],
      startAt: p.at,
      endAt: p.at,
      lat: p.lat,
      lon: p.lon,
      parameters: { area: areaId, areaName: name },
      evidence: [this.env.evidence(p.mmsi, p.at - 3_600_000, p.at)],
      areaId,
      summary: `${p.mmsi} ${type === 'area_entry' ? 'entered' : 'left'} ${name}`,
    });
  }
}
