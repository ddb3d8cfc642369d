import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LANES, SEA_NODES, type LatLon } from './sea-network.ts';
import { TRAFFIC_PORTS } from './ports.ts';
import { WANDER_AREAS } from './areas.ts';

interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: { land: { geometries: { type: string; arcs: number[][][] | number[][] }[] } };
}

/** Natural Earth 1:50m land rings around the Caribbean, decoded from world-atlas's TopoJSON. */
function caribbeanLand(): LatLon[][] {
  const require = createRequire(new URL('../../../../apps/server/package.json', import.meta.url));
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8')) as Topology;
  const { scale, translate } = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return { lon: x * scale[0] + translate[0], lat: y * scale[1] + translate[1] };
    });
  });
  const ring = (indexes: number[]): LatLon[] =>
    indexes.flatMap((i) => (i >= 0 ? (arcs[i] ?? []) : [...(arcs[~i] ?? [])].reverse()));
  const rings: LatLon[][] = [];
  for (const g of topo.objects.land.geometries) {
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs) as number[][][];
    for (const polygon of polygons) for (const r of polygon) rings.push(ring(r));
  }
  return rings.filter((r) => r.some((p) => p.lat > 5 && p.lat < 32 && p.lon > -90 && p.lon < -60));
}

function onLand(rings: LatLon[][], p: LatLon): boolean {
  let inside = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const a = r[i];
      const b = r[j];
      if (
        a &&
        b &&
        a.lat > p.lat !== b.lat > p.lat &&
        p.lon < ((b.lon - a.lon) * (p.lat - a.lat)) / (b.lat - a.lat) + a.lon
      )
        inside = !inside;
    }
  }
  return inside;
}

describe('sea network', () => {
  const land = caribbeanLand();

  it('[SIM-LANE-0] the land check works: Kingston town and central Cuba are land, the Jamaica Channel is sea', () => {
    expect(onLand(land, { lat: 18.02, lon: -76.78 })).toBe(true);
    expect(onLand(land, { lat: 22.0, lon: -79.0 })).toBe(true);
    expect(onLand(land, { lat: 18.3, lon: -75.3 })).toBe(false);
  });

  it('[SIM-LANE-1] every lane leg stays at sea (sampled every 2 km against 1:50m land)', () => {
    const bad: string[] = [];
    for (const [id, nodes] of Object.entries(LANES)) {
      for (let i = 1; i < nodes.length; i++) {
        const from = SEA_NODES[nodes[i - 1] as keyof typeof SEA_NODES];
        const to = SEA_NODES[nodes[i] as keyof typeof SEA_NODES];
        const km = Math.hypot(to.lat - from.lat, (to.lon - from.lon) * Math.cos((from.lat * Math.PI) / 180)) * 111;
        const steps = Math.max(1, Math.ceil(km / 2));
        for (let s = 0; s <= steps; s++) {
          const p = {
            lat: from.lat + ((to.lat - from.lat) * s) / steps,
            lon: from.lon + ((to.lon - from.lon) * s) / steps,
          };
          if (onLand(land, p)) {
            bad.push(`${id}: ${nodes[i - 1]} -> ${nodes[i]} at ${p.lat.toFixed(3)},${p.lon.toFixed(3)}`);
            break;
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('[SIM-LANE-2] wander areas (fishing grounds, patrols, loiter boxes) lie at sea', () => {
    const bad: string[] = [];
    for (const [id, area] of Object.entries(WANDER_AREAS)) {
      for (let k = 0; k < 16; k++) {
        const a = (k / 16) * 2 * Math.PI;
        const p = {
          lat: area.centre.lat + (area.radiusNm / 60) * Math.sin(a),
          lon: area.centre.lon + (area.radiusNm / 60 / Math.cos((area.centre.lat * Math.PI) / 180)) * Math.cos(a),
        };
        if (onLand(land, p) || onLand(land, area.centre)) bad.push(`${id} at ${p.lat.toFixed(3)},${p.lon.toFixed(3)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('[SIM-LANE-3] ports carry a UN/LOCODE and sit within 15 km of their approach node', () => {
    for (const port of Object.values(TRAFFIC_PORTS)) {
      expect(port.locode).toMatch(/^[A-Z]{2}[A-Z2-9]{3}$/);
      const a = SEA_NODES[port.approach];
      const km = Math.hypot(port.berth.lat - a.lat, (port.berth.lon - a.lon) * Math.cos((a.lat * Math.PI) / 180)) * 111;
      expect(km, port.locode).toBeLessThan(15);
    }
  });
});
