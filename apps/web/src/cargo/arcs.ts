import type { Consignment } from '@tidewatch/contracts';
import { PORTS } from './ports.ts';

const RAD = Math.PI / 180;

/** Points along the great circle from a to b ([lon, lat]), bowed sideways so overlapping legs stay apart. */
export function arcPoints(
  a: readonly [number, number],
  b: readonly [number, number],
  steps = 48,
  bow = 0.12,
): [number, number][] {
  const [lon1, lat1] = [a[0] * RAD, a[1] * RAD];
  const [lon2, lat2] = [b[0] * RAD, b[1] * RAD];
  const d =
    2 *
    Math.asin(
      Math.sqrt(Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2),
    );
  const out: [number, number][] = [];
  // Perpendicular (in degrees) to the chord, for the bow: a short Caribbean great circle is nearly straight.
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  const nx = len === 0 ? 0 : -dy / len;
  const ny = len === 0 ? 0 : dx / len;
  for (let i = 0; i <= steps; i++) {
    const f = i / steps;
    let lon: number;
    let lat: number;
    if (d < 1e-9) {
      lon = a[0];
      lat = a[1];
    } else {
      const A = Math.sin((1 - f) * d) / Math.sin(d);
      const B = Math.sin(f * d) / Math.sin(d);
      const x = A * Math.cos(lat1) * Math.cos(lon1) + B * Math.cos(lat2) * Math.cos(lon2);
      const y = A * Math.cos(lat1) * Math.sin(lon1) + B * Math.cos(lat2) * Math.sin(lon2);
      const z = A * Math.sin(lat1) + B * Math.sin(lat2);
      lat = Math.atan2(z, Math.hypot(x, y)) / RAD;
      lon = Math.atan2(y, x) / RAD;
    }
    const lift = Math.sin(Math.PI * f) * bow * len;
    out.push([round(lon + nx * lift), round(lat + ny * lift)]);
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

/** The consignment's route through its known ports: origin, transshipments, destination. */
export function routeOf(c: Consignment): [number, number][] {
  const codes = [c.originLocode, ...c.transshipmentLocodes, c.destinationLocode];
  return codes.flatMap((code) => {
    const p = PORTS[code];
    return p ? [[p.lon, p.lat] as [number, number]] : [];
  });
}

export function arcFeatures(
  consignments: readonly Consignment[],
  selectedId: string | null,
): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  const ports = new Map<string, { lon: number; lat: number; name: string }>();
  // Low risk first so red arcs draw on top.
  const order = [...consignments].sort((x, y) => x.risk.score - y.risk.score);
  for (const c of order) {
    const route = routeOf(c);
    if (route.length < 2) continue;
    const coordinates: [number, number][] = [];
    for (let i = 0; i + 1 < route.length; i++) {
      const from = route[i];
      const to = route[i + 1];
      if (from === undefined || to === undefined) break;
      const leg = arcPoints(from, to);
      coordinates.push(...(i === 0 ? leg : leg.slice(1)));
    }
    features.push({
      type: 'Feature',
      properties: {
        id: c.id,
        lane: c.risk.lane,
        score: c.risk.score,
        selected: c.id === selectedId ? 1 : 0,
        bol: c.billOfLading,
      },
      geometry: { type: 'LineString', coordinates },
    });
    for (const code of [c.originLocode, ...c.transshipmentLocodes, c.destinationLocode]) {
      const p = PORTS[code];
      if (p) ports.set(code, { ...p });
    }
  }
  for (const [code, p] of ports) {
    features.push({
      type: 'Feature',
      properties: { port: code, name: p.name },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}
