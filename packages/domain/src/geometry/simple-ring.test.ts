import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArea, MAX_AREA_POSITIONS } from './area.ts';
import { checkRing, type Position } from './simple-ring.ts';

const SQUARE: Position[] = [
  [-77, 17],
  [-76, 17],
  [-76, 18],
  [-77, 18],
];
const reason = (ring: readonly Position[]) => {
  const r = checkRing(ring);
  return r.ok ? 'ok' : r.reason;
};

/** A star-shaped ring around a centre: corners at increasing angles, so it never crosses itself. */
const starRing = fc
  .record({
    lon: fc.double({ min: -170, max: 170, noNaN: true }),
    lat: fc.double({ min: -80, max: 80, noNaN: true }),
    radii: fc.array(fc.double({ min: 0.5, max: 5, noNaN: true }), { minLength: 3, maxLength: 80 }),
    turn: fc.double({ min: 0, max: Math.PI, noNaN: true }),
  })
  .map(({ lon, lat, radii, turn }) =>
    radii.map((r, i): Position => {
      const a = turn + (2 * Math.PI * i) / radii.length;
      return [lon + r * Math.cos(a), lat + r * Math.sin(a)];
    }),
  );

/** A regular polygon of 4 or more corners, convex. */
const convexRing = fc
  .record({
    lon: fc.double({ min: -170, max: 170, noNaN: true }),
    lat: fc.double({ min: -80, max: 80, noNaN: true }),
    n: fc.integer({ min: 4, max: 200 }),
    r: fc.double({ min: 0.1, max: 5, noNaN: true }),
  })
  .map(({ lon, lat, n, r }) =>
    Array.from(
      { length: n },
      (_, i): Position => [lon + r * Math.cos((2 * Math.PI * i) / n), lat + r * Math.sin((2 * Math.PI * i) / n)],
    ),
  );

describe('area geometry (DATA-2)', () => {
  it('[DATA-2] accepts a simple ring open or closed, answering the same closed ring', () => {
    const open = checkRing(SQUARE);
    const closed = checkRing([...SQUARE, SQUARE[0] as Position]);
    expect(open).toEqual({ ok: true, ring: [...SQUARE, [-77, 17]] });
    expect(closed).toEqual(open);
    expect(
      checkRing([
        [0, 0],
        [1, 0],
        [0, 1],
      ]).ok,
    ).toBe(true);
  });

  it('[DATA-2] refuses fewer than 3 distinct corners, counting repeats once', () => {
    expect(
      reason([
        [0, 0],
        [1, 1],
      ]),
    ).toMatch(/at least 3 distinct corners/);
    expect(
      reason([
        [0, 0],
        [1, 1],
        [0, 0],
        [1, 1],
      ]),
    ).toMatch(/at least 3 distinct corners \(this one has 2\)/);
    expect(
      reason([
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
      ]),
    ).toMatch(/has 1\)/);
  });

  it('[DATA-2] refuses a zero area: corners on one line', () => {
    expect(
      reason([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toMatch(/area is zero/);
    expect(
      reason([
        [-76.1, 17.1],
        [-76.2, 17.2],
        [-76.3, 17.3],
        [-76.1, 17.1],
      ]),
    ).toMatch(/area is zero/);
  });

  it('[DATA-2] refuses a bow tie, a spike doubling back, and a ring touching itself at a corner', () => {
    expect(
      reason([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
      ]),
    ).toMatch(/crosses itself: edge 0 meets edge 2/);
    expect(
      reason([
        [0, 0],
        [2, 0],
        [2, 2],
        [2, 3],
        [2, 1],
        [0, 2],
      ]),
    ).toMatch(/crosses itself/);
    expect(
      reason([
        [0, 0],
        [2, 0],
        [1, 1],
        [2, 2],
        [0, 2],
        [1, 1],
      ]),
    ).toMatch(/crosses itself/);
  });

  it('[DATA-2] refuses coordinates out of range or not finite, naming the position', () => {
    expect(
      reason([
        [0, 0],
        [181, 0],
        [0, 1],
      ]),
    ).toBe('position 1: longitude 181 is outside [-180, 180]');
    expect(
      reason([
        [0, 0],
        [1, 0],
        [0, -90.5],
      ]),
    ).toBe('position 2: latitude -90.5 is outside [-90, 90]');
    expect(
      reason([
        [0, 0],
        [Number.NaN, 0],
        [0, 1],
      ]),
    ).toMatch(/position 1: longitude/);
  });

  it('[DATA-2] property: every star-shaped ring is accepted, either way round, open or closed', () => {
    fc.assert(
      fc.property(starRing, (ring) => {
        const r = checkRing(ring);
        expect(r.ok).toBe(true);
        expect(checkRing([...ring].reverse()).ok).toBe(true);
        expect(checkRing([...ring, ring[0] as Position])).toEqual(r);
      }),
    );
  });

  it('[DATA-2] property: swapping two neighbouring corners of a convex ring makes it cross itself', () => {
    fc.assert(
      fc.property(convexRing, fc.nat(), (ring, k) => {
        const i = k % ring.length;
        const j = (i + 1) % ring.length;
        const swapped = [...ring];
        [swapped[i], swapped[j]] = [ring[j] as Position, ring[i] as Position];
        expect(reason(swapped)).toMatch(/crosses itself/);
      }),
    );
  });

  it('[DATA-2] property: corners on one line never make an area', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (ts, slope) => {
          expect(checkRing(ts.map((t): Position => [t, 10 + slope * t])).ok).toBe(false);
        },
      ),
    );
  });

  it('[DATA-2] a 1,000-corner drawn area is checked in well under 100 ms', () => {
    const ring = Array.from({ length: 1000 }, (_, i): Position => {
      const a = (2 * Math.PI * i) / 1000;
      const r = 1 + 0.3 * Math.sin(7 * a);
      return [-76 + r * Math.cos(a), 17 + r * Math.sin(a)];
    });
    const started = performance.now();
    expect(checkRing(ring).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('[DATA-2] checks every ring of a multipolygon and names the one at fault; caps the positions', () => {
    const hole: Position[] = [
      [-76.8, 17.2],
      [-76.2, 17.2],
      [-76.2, 17.8],
    ];
    expect(checkArea([[SQUARE, hole]]).ok).toBe(true);
    const bad = checkArea([
      [SQUARE],
      [
        SQUARE,
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
        ],
      ],
    ]);
    expect(bad).toEqual({ ok: false, reason: expect.stringMatching(/^polygon 1, hole 1: the ring crosses itself/) });
    const big = Array.from({ length: MAX_AREA_POSITIONS + 1 }, (_, i): Position => [i / 10_000, 0]);
    expect(checkArea([[big]])).toEqual({ ok: false, reason: expect.stringMatching(/at most 5000 positions/) });
  });
});
