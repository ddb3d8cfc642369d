/** [longitude, latitude] in degrees, GeoJSON order. */
export type Position = readonly [number, number];

export type RingCheck = { ok: true; ring: [number, number][] } | { ok: false; reason: string };

/**
 * Twice an area below which a ring is taken as zero, in square degrees: about a square metre, well under the
 * rounding noise of corners collinear on paper and far under anything drawn on purpose.
 */
const ZERO_AREA2 = 2e-10;

const ZERO_AREA = 'the corners lie on one line: the area is zero';
/** Degrees off the line through the two corners farthest apart below which a corner counts as on it (~0.1 mm). */
const ON_LINE_DEG = 1e-9;

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Twice the signed area of triangle a b c: > 0 counter-clockwise, 0 collinear. */
function orient(a: Position, b: Position, c: Position): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** c, known to be collinear with a b, lies within the box of a b. */
function within(a: Position, b: Position, c: Position): boolean {
  return (
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1])
  );
}

/** Segments p q and r s share at least one point (touching counts). */
function segmentsMeet(p: Position, q: Position, r: Position, s: Position): boolean {
  const d1 = orient(r, s, p);
  const d2 = orient(r, s, q);
  const d3 = orient(p, q, r);
  const d4 = orient(p, q, s);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && within(r, s, p)) ||
    (d2 === 0 && within(r, s, q)) ||
    (d3 === 0 && within(p, q, r)) ||
    (d4 === 0 && within(p, q, s))
  );
}

function onOneLine(ring: readonly Position[]): boolean {
  const a = ring[0] as Position;
  let far = a;
  let farD = 0;
  for (const p of ring) {
    const d = Math.hypot(p[0] - a[0], p[1] - a[1]);
    if (d > farD) [far, farD] = [p, d];
  }
  return ring.every((p) => Math.abs(orient(a, far, p)) / farD <= ON_LINE_DEG);
}

/** Twice the signed area of the ring (shoelace), open form. */
export function ringArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/**
 * The first pair of edges that cross or touch other than at their shared corner, as edge indices; null when
 * the ring is simple. Edges sorted by their west end are compared only while their longitude spans overlap,
 * so a drawn area of 1,000 corners costs far less than all pairs.
 */
function firstCrossing(ring: readonly Position[]): [number, number] | null {
  const n = ring.length;
  const edge = (i: number): [Position, Position] => [ring[i] as Position, ring[(i + 1) % n] as Position];
  const order = Array.from({ length: n }, (_, i) => i);
  const west = (i: number) => Math.min(edge(i)[0][0], edge(i)[1][0]);
  const east = (i: number) => Math.max(edge(i)[0][0], edge(i)[1][0]);
  order.sort((a, b) => west(a) - west(b));
  for (let x = 0; x < n; x++) {
    const i = order[x] as number;
    const [a, b] = edge(i);
    for (let y = x + 1; y < n; y++) {
      const j = order[y] as number;
      if (west(j) > east(i)) break;
      const [c, d] = edge(j);
      const next = (i + 1) % n === j;
      const prev = (j + 1) % n === i;
      if (next || prev) {
        // Neighbours share one corner; they only go wrong by doubling back along each other (a spike).
        const [p, shared, q] = next ? [a, b, d] : [c, d, b];
        if (
          orient(p, shared, q) === 0 &&
          (p[0] - shared[0]) * (q[0] - shared[0]) + (p[1] - shared[1]) * (q[1] - shared[1]) > 0
        )
          return [i, j];
        continue;
      }
      if (segmentsMeet(a, b, c, d)) return [Math.min(i, j), Math.max(i, j)];
    }
  }
  return null;
}

/**
 * Checks that a ring bounds a real area (SPEC DATA-2) and answers it closed (last = first, GeoJSON form):
 * positions inside [-180, 180] x [-90, 90], at least 3 distinct corners, a non-zero area and no edge crossing
 * or touching another. An open ring is closed; a closed one is taken as is; a corner repeated in a row counts once.
 */
export function checkRing(input: readonly Position[]): RingCheck {
  for (let i = 0; i < input.length; i++) {
    const p = input[i] as Position;
    if (!Number.isFinite(p[0]) || p[0] < -180 || p[0] > 180)
      return { ok: false, reason: `position ${i}: longitude ${p[0]} is outside [-180, 180]` };
    if (!Number.isFinite(p[1]) || p[1] < -90 || p[1] > 90)
      return { ok: false, reason: `position ${i}: latitude ${p[1]} is outside [-90, 90]` };
  }
  const ring: Position[] = [];
  for (const p of input) if (ring.length === 0 || !same(ring[ring.length - 1] as Position, p)) ring.push(p);
  while (ring.length > 1 && same(ring[0] as Position, ring[ring.length - 1] as Position)) ring.pop();
  const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`)).size;
  if (distinct < 3)
    return { ok: false, reason: `an area needs at least 3 distinct corners (this one has ${distinct})` };
  // Collinear first: corners on one line also double back on themselves, but "zero area" is the truer answer.
  // The signed area alone cannot decide it, as the two lobes of a symmetric bow tie cancel out.
  if (onOneLine(ring)) return { ok: false, reason: ZERO_AREA };
  const crossing = firstCrossing(ring);
  if (crossing) return { ok: false, reason: `the ring crosses itself: edge ${crossing[0]} meets edge ${crossing[1]}` };
  if (Math.abs(ringArea2(ring)) <= ZERO_AREA2) return { ok: false, reason: ZERO_AREA };
  const closed = ring.map((p): [number, number] => [p[0], p[1]]);
  closed.push([ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0]);
  return { ok: true, ring: closed };
}
