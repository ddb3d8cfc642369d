import type { LonLat } from './topojson.ts';

export interface MapFrame {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** The wider Caribbean: what the map shows when a day has no positioned events. */
export const CARIBBEAN_FRAME: MapFrame = { minLon: -88, minLat: 9, maxLon: -59, maxLat: 27 };

export interface MapPointInput {
  lat: number;
  lon: number;
  kind: string;
  severity: number;
}

export interface MapPlan {
  width: number;
  height: number;
  frame: MapFrame;
  /** Land rings in pixels (y down), clipped to the frame and thinned; fill with the even-odd rule. */
  land: [number, number][][];
  points: { x: number; y: number; kind: string; severity: number }[];
}

/** A frame around the points with a margin, at least `minSpan` degrees across; the Caribbean when empty. */
export function frameAround(points: readonly MapPointInput[], minSpan = 6, margin = 1.5): MapFrame {
  if (points.length === 0) return CARIBBEAN_FRAME;
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const p of points) {
    minLon = Math.min(minLon, p.lon);
    maxLon = Math.max(maxLon, p.lon);
    minLat = Math.min(minLat, p.lat);
    maxLat = Math.max(maxLat, p.lat);
  }
  const grow = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo + 2 * margin, minSpan);
    const mid = (lo + hi) / 2;
    return [mid - span / 2, mid + span / 2];
  };
  const [a, b] = grow(minLon, maxLon);
  const [c, d] = grow(minLat, maxLat);
  return { minLon: Math.max(-180, a), maxLon: Math.min(180, b), minLat: Math.max(-85, c), maxLat: Math.min(85, d) };
}

type Edge = (p: LonLat) => boolean;

/** Sutherland-Hodgman: clips a closed ring to the frame, one frame edge at a time. */
export function clipRing(ring: readonly LonLat[], f: MapFrame): LonLat[] {
  const edges: { inside: Edge; cut: (a: LonLat, b: LonLat) => LonLat }[] = [
    { inside: (p) => p[0] >= f.minLon, cut: (a, b) => at(a, b, (f.minLon - a[0]) / (b[0] - a[0])) },
    { inside: (p) => p[0] <= f.maxLon, cut: (a, b) => at(a, b, (f.maxLon - a[0]) / (b[0] - a[0])) },
    { inside: (p) => p[1] >= f.minLat, cut: (a, b) => at(a, b, (f.minLat - a[1]) / (b[1] - a[1])) },
    { inside: (p) => p[1] <= f.maxLat, cut: (a, b) => at(a, b, (f.maxLat - a[1]) / (b[1] - a[1])) },
  ];
  let out: LonLat[] = [...ring];
  for (const edge of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (!cur || !prev) continue;
      const curIn = edge.inside(cur);
      const prevIn = edge.inside(prev);
      if (curIn) {
        if (!prevIn) out.push(edge.cut(prev, cur));
        out.push(cur);
      } else if (prevIn) {
        out.push(edge.cut(prev, cur));
      }
    }
    if (out.length === 0) break;
  }
  return out;
}

function at(a: LonLat, b: LonLat, t: number): LonLat {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

function ringBoxMisses(ring: readonly LonLat[], f: MapFrame): boolean {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const [lon, lat] of ring) {
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  return maxLon < f.minLon || minLon > f.maxLon || maxLat < f.minLat || minLat > f.maxLat;
}

/**
 * Lays out a static map: an equirectangular projection scaled by cos(latitude) (true enough at Caribbean
 * latitudes), the frame widened to the page's aspect, land clipped and thinned to about a pixel so the SVG
 * and the PDF stay small.
 */
export function planMap(
  landRings: readonly (readonly LonLat[])[],
  points: readonly MapPointInput[],
  size: { width: number; height: number; frame?: MapFrame },
): MapPlan {
  const base = size.frame ?? frameAround(points);
  const k = Math.cos((((base.minLat + base.maxLat) / 2) * Math.PI) / 180);
  // Widen the frame along one axis so its projected aspect equals the drawing's.
  let spanX = (base.maxLon - base.minLon) * k;
  let spanY = base.maxLat - base.minLat;
  const target = size.width / size.height;
  if (spanX / spanY < target) spanX = spanY * target;
  else spanY = spanX / target;
  const midLon = (base.minLon + base.maxLon) / 2;
  const midLat = (base.minLat + base.maxLat) / 2;
  const frame: MapFrame = {
    minLon: midLon - spanX / k / 2,
    maxLon: midLon + spanX / k / 2,
    minLat: midLat - spanY / 2,
    maxLat: midLat + spanY / 2,
  };
  const scale = size.width / spanX;
  const project = (lon: number, lat: number): [number, number] => [
    Math.round((lon - frame.minLon) * k * scale * 10) / 10,
    Math.round((frame.maxLat - lat) * scale * 10) / 10,
  ];

  const land: [number, number][][] = [];
  for (const ring of landRings) {
    if (ring.length < 3 || ringBoxMisses(ring, frame)) continue;
    const clipped = clipRing(ring, frame);
    const thinned: [number, number][] = [];
    for (const [lon, lat] of clipped) {
      const p = project(lon, lat);
      const last = thinned.at(-1);
      if (!last || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= 1) thinned.push(p);
    }
    if (thinned.length >= 3) land.push(thinned);
  }
  const projected = points
    .filter((p) => p.lon >= frame.minLon && p.lon <= frame.maxLon && p.lat >= frame.minLat && p.lat <= frame.maxLat)
    .map((p) => {
      const [x, y] = project(p.lon, p.lat);
      return { x, y, kind: p.kind, severity: p.severity };
    })
    // Most severe drawn last, so on top.
    .sort((a, b) => a.severity - b.severity);
  return { width: size.width, height: size.height, frame, land, points: projected };
}

/** A sparkline's polyline in a width x height box (y down), the largest value touching the top. */
export function sparklinePoints(values: readonly number[], width: number, height: number, pad = 2): [number, number][] {
  if (values.length === 0) return [];
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  return values.map((v, i) => [
    Math.round((pad + i * step) * 10) / 10,
    Math.round((height - pad - (v / max) * (height - 2 * pad)) * 10) / 10,
  ]);
}
