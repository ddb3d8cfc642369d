import { ringArea2, type Position } from '../geometry/simple-ring.ts';

/**
 * RFC 7946 §3.1.9: a geometry that crosses the antimeridian is cut in two so that no part's representation
 * crosses it. Tidewatch keeps positions in [-180, 180]; a shape arrives here in continuous longitude (a ring
 * drawn from 170 to 190, or a track unwrapped by `unwrapLongitudes`), and leaves as parts that each lie in
 * [-180, 180].
 */

/**
 * Twice an area (square degrees) at or below which a piece left by a cut is dropped: a corner a hair across
 * the meridian leaves a sliver of rounding noise. The same bound as DATA-2's zero area.
 */
const SLIVER_AREA2 = 2e-10;

/** A closed-or-open ring in continuous longitude; answers are open rings (first corner not repeated). */
type Ring = [number, number][];

/**
 * Longitudes made continuous: each step to the next point goes the shorter way round (|Δlon| <= 180). For a
 * sequence of positions reported by one moving vessel, a 358° jump between two fixes is impossible; the
 * short hop across the antimeridian is what happened.
 */
export function unwrapLongitudes(points: readonly Position[]): [number, number][] {
  const out: [number, number][] = [];
  let previous: number | undefined;
  for (const [lon, lat] of points) {
    let x = lon;
    if (previous !== undefined) {
      x = previous + (((((lon - previous) % 360) + 540) % 360) - 180);
    }
    out.push([x, lat]);
    previous = x;
  }
  return out;
}

const openForm = (ring: readonly Position[]): Ring => {
  const out = ring.map(([x, y]): [number, number] => [x, y]);
  const first = out[0];
  const last = out.at(-1);
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
};

/** The band a shape lies in: k such that its longitudes fall in [-180 + 360k, 180 + 360k]. */
function bandOf(xs: readonly number[]): number {
  const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
  // A part that touches a band edge from inside has its middle strictly inside.
  return Math.floor((mid + 180) / 360);
}

/** The meridians x = 180 + 360k strictly inside (min, max). */
function cutLines(min: number, max: number): number[] {
  const lines: number[] = [];
  for (let k = Math.ceil((min - 180) / 360); 180 + 360 * k < max; k++) {
    const line = 180 + 360 * k;
    if (line > min) lines.push(line);
  }
  return lines;
}

interface Chain {
  side: 'west' | 'east';
  points: Ring;
}

/**
 * Splits a simple ring by the meridian x = line into the rings west and east of it. Walking the ring gives
 * chains that alternate sides, each from one crossing point to the next; along the meridian, the stretches
 * inside the ring are between the 1st and 2nd crossing (sorted by latitude), the 3rd and 4th, and so on, so
 * each chain's end joins, along the meridian, the start of the next chain on the same side. Answers null
 * when that pairing fails (a ring that is not simple).
 */
function splitByMeridian(ring: Ring, line: number): { west: Ring[]; east: Ring[] } | null {
  const sideOf = (x: number): Chain['side'] => (x < line ? 'west' : 'east');
  const n = ring.length;
  const start = ring.findIndex((p, i) => {
    const next = ring[(i + 1) % n];
    return next !== undefined && sideOf(p[0]) !== sideOf(next[0]);
  });
  if (start < 0)
    return sideOf(ring[0]?.[0] ?? line) === 'west' ? { west: [ring], east: [] } : { west: [], east: [ring] };

  const crossings: [number, number][] = [];
  const chains: Chain[] = [];
  let current: Ring = [];
  for (let step = 1; step <= n; step++) {
    const a = ring[(start + step - 1) % n] as [number, number];
    const b = ring[(start + step) % n] as [number, number];
    if (step > 1) current.push(a);
    if (sideOf(a[0]) !== sideOf(b[0])) {
      const t = (line - a[0]) / (b[0] - a[0]);
      const crossing: [number, number] = [line, a[1] + t * (b[1] - a[1])];
      if (crossings.length > 0) {
        current.push(crossing);
        chains.push({ side: sideOf(a[0]), points: current });
      }
      crossings.push(crossing);
      current = [crossing];
    }
  }
  // The walk began just after the first crossing, so the last chain runs from the last crossing to the first.
  const firstCrossing = crossings[0] as [number, number];
  const lastStart = ring[start % n] as [number, number];
  current.push(lastStart, firstCrossing);
  chains.push({ side: sideOf(lastStart[0]), points: current });
  // Chain k starts at crossing k and ends at crossing k + 1; chain m - 1 ends at crossing 0.
  const m = crossings.length;
  const order = crossings.map((_, i) => i).sort((i, j) => (crossings[i]?.[1] ?? 0) - (crossings[j]?.[1] ?? 0));
  const partner = new Map<number, number>();
  for (let i = 0; i + 1 < order.length; i += 2) {
    const a = order[i] as number;
    const b = order[i + 1] as number;
    partner.set(a, b);
    partner.set(b, a);
  }
  if (m % 2 !== 0 || partner.size !== m) return null;

  const out: { west: Ring[]; east: Ring[] } = { west: [], east: [] };
  const used = new Set<number>();
  for (let k = 0; k < m; k++) {
    if (used.has(k)) continue;
    const side = chains[k]?.side;
    if (side === undefined) return null;
    const piece: Ring = [];
    let c = k;
    while (!used.has(c)) {
      const chain = chains[c];
      if (chain === undefined || chain.side !== side) return null;
      used.add(c);
      piece.push(...chain.points);
      const next = partner.get((c + 1) % m);
      if (next === undefined) return null;
      c = next;
    }
    if (c !== k) return null;
    out[side].push(piece);
  }
  return out;
}

/** Drops repeated consecutive corners and the closing repeat. */
function tidy(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1) {
    const first = out[0] as [number, number];
    const last = out.at(-1) as [number, number];
    if (first[0] !== last[0] || first[1] !== last[1]) break;
    out.pop();
  }
  return out;
}

/** RFC 7946 §3.1.6: an exterior ring is counter-clockwise (right-hand rule); answered closed. */
export function rightHandExterior(ring: readonly Position[]): [number, number][] {
  const open = openForm(ring);
  const ccw = ringArea2(open) >= 0 ? open : [...open].reverse();
  const first = ccw[0];
  return first ? [...ccw, [first[0], first[1]]] : [];
}

/**
 * A simple ring in continuous longitude, as exterior rings in [-180, 180]: one when it crosses no
 * antimeridian, more when it does; each closed and counter-clockwise. Pieces of zero area (a corner touching
 * the meridian, rounding slivers) are dropped. Answers null when the ring cannot be split (it is not simple).
 */
export function splitRingAtAntimeridian(ring: readonly Position[]): [number, number][][] | null {
  const open = openForm(ring);
  const xs = open.map((p) => p[0]);
  const lines = cutLines(Math.min(...xs), Math.max(...xs));
  let pieces: Ring[] = [open];
  for (const line of lines) {
    const next: Ring[] = [];
    for (const piece of pieces) {
      const split = splitByMeridian(piece, line);
      if (!split) return null;
      next.push(...split.west, ...split.east);
    }
    pieces = next;
  }
  const out: [number, number][][] = [];
  for (const piece of pieces.map(tidy)) {
    const shift = 360 * bandOf(piece.map((p) => p[0]));
    const part = tidy(piece.map(([x, y]): [number, number] => [x - shift, y]));
    if (part.length < 3 || Math.abs(ringArea2(part)) <= SLIVER_AREA2) continue;
    out.push(rightHandExterior(part));
  }
  return out;
}

/** A timed position of a line: [lon, lat] and the time in epoch milliseconds. */
export interface TimedPosition {
  lon: number;
  lat: number;
  atMs: number;
}

/**
 * A longitude unwrapped into band `band`, shifted back into [-180, 180]. Whole turns of 360 leave floating-point
 * dust (180.00000000000003, -2.8e-14 for 0): rounded to 1e-9 degree (a tenth of a millimetre; RFC 7946 advises
 * six decimals) and clamped, so a fix a hair off the edge stays in range and 0 stays 0.
 */
function shiftedBack(lon: number, band: number): number {
  const shifted = Math.round((lon - 360 * band) * 1e9) / 1e9;
  return Math.min(180, Math.max(-180, shifted));
}

/**
 * A vessel's consecutive positions as lines in [-180, 180]: unwrapped (the short way round between fixes),
 * then cut where they cross the antimeridian, with a point on each side of the cut at the crossing's
 * latitude and interpolated time.
 */
export function splitLineAtAntimeridian(points: readonly TimedPosition[]): TimedPosition[][] {
  const unwrapped = unwrapLongitudes(points.map((p) => [p.lon, p.lat]));
  const parts: TimedPosition[][] = [];
  let part: TimedPosition[] = [];
  const band = (x: number) => Math.floor((x + 180) / 360);
  let partBand = 0;
  const flush = () => {
    if (part.length > 0) parts.push(part.map((p) => ({ ...p, lon: shiftedBack(p.lon, partBand) })));
    part = [];
  };
  for (const [i, [x, y]] of unwrapped.entries()) {
    const atMs = points[i]?.atMs ?? 0;
    const previous = part.at(-1);
    if (previous === undefined) {
      partBand = band(x);
      part.push({ lon: x, lat: y, atMs });
      continue;
    }
    const [lo, hi] = [-180 + 360 * partBand, 180 + 360 * partBand];
    if (x >= lo && x <= hi) {
      part.push({ lon: x, lat: y, atMs });
      continue;
    }
    const edge = x > hi ? hi : lo;
    // Within the step by construction; clamped because a fix a hair inside the edge gives t = -1.6e-16, which
    // would put the crossing's time before the fix it starts from (found by the GIS-2 property).
    const t = Math.min(1, Math.max(0, (edge - previous.lon) / (x - previous.lon)));
    const crossing = {
      lon: edge,
      lat: previous.lat + t * (y - previous.lat),
      atMs: previous.atMs + t * (atMs - previous.atMs),
    };
    part.push(crossing);
    flush();
    partBand += x > hi ? 1 : -1;
    part = [crossing, { lon: x, lat: y, atMs }];
  }
  flush();
  return parts;
}
