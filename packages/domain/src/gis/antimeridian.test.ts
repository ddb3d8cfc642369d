import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointInRing } from '../detectors/areas.ts';
import { ringArea2 } from '../geometry/simple-ring.ts';
import {
  rightHandExterior,
  splitLineAtAntimeridian,
  splitRingAtAntimeridian,
  unwrapLongitudes,
} from './antimeridian.ts';

/** A star-shaped ring (corners at increasing angles round a centre, so it never crosses itself). */
const starRing = (centreLon: fc.Arbitrary<number>) =>
  fc
    .record({
      lon: centreLon,
      lat: fc.double({ min: -60, max: 60, noNaN: true }),
      radii: fc.array(fc.double({ min: 0.5, max: 15, noNaN: true }), { minLength: 3, maxLength: 60 }),
      turn: fc.double({ min: 0, max: Math.PI, noNaN: true }),
      clockwise: fc.boolean(),
    })
    .map(({ lon, lat, radii, turn, clockwise }) => {
      const ring = radii.map((r, i): [number, number] => {
        const a = turn + (2 * Math.PI * i) / radii.length;
        return [lon + r * Math.cos(a), lat + r * Math.sin(a)];
      });
      return clockwise ? ring.reverse() : ring;
    });

const open = (ring: readonly [number, number][]) => ring.slice(0, -1);
const area = (ring: readonly [number, number][]) => Math.abs(ringArea2(ring)) / 2;
/** A longitude brought into [-180, 180). */
const normalised = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

describe('antimeridian split and ring orientation (GIS-2)', () => {
  it('[GIS-2] a ring crossing the antimeridian becomes parts in [-180, 180], each counter-clockwise, same total area', () => {
    fc.assert(
      fc.property(starRing(fc.double({ min: 165, max: 195, noNaN: true })), (ring) => {
        const parts = splitRingAtAntimeridian(ring);
        expect(parts).not.toBeNull();
        const total = (parts ?? []).reduce((sum, part) => {
          expect(part[0]).toEqual(part.at(-1));
          for (const [lon, lat] of part) {
            expect(lon).toBeGreaterThanOrEqual(-180);
            expect(lon).toBeLessThanOrEqual(180);
            expect(Math.abs(lat)).toBeLessThanOrEqual(90);
          }
          // RFC 7946 §3.1.6 right-hand rule: exterior rings counter-clockwise.
          expect(ringArea2(open(part))).toBeGreaterThan(0);
          return sum + area(open(part));
        }, 0);
        expect(total).toBeCloseTo(area(ring), 6);
        // A corner a hair beyond 180° leaves a sliver of zero area, which is dropped.
        if (ring.some(([lon]) => lon > 180 + 1e-6) && ring.some(([lon]) => lon < 180 - 1e-6))
          expect((parts ?? []).length).toBeGreaterThan(1);
        if (ring.every(([lon]) => lon <= 180)) expect(parts).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });

  it('[GIS-2] a point inside the ring is inside exactly one part once its longitude is brought into range', () => {
    fc.assert(
      fc.property(
        starRing(fc.double({ min: 170, max: 190, noNaN: true })),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (ring, u, v) => {
          const xs = ring.map((p) => p[0]);
          const ys = ring.map((p) => p[1]);
          const x = Math.min(...xs) + u * (Math.max(...xs) - Math.min(...xs));
          const y = Math.min(...ys) + v * (Math.max(...ys) - Math.min(...ys));
          // Points on a cut are on the boundary of two parts: not a fair question.
          fc.pre(Math.abs(x - 180) > 1e-9);
          const parts = splitRingAtAntimeridian(ring) ?? [];
          const inParts = parts.filter((part) => pointInRing(normalised(x), y, part)).length;
          expect(inParts).toBe(pointInRing(x, y, ring) ? 1 : 0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('[GIS-2] a ring that crosses nothing comes back as it was, turned counter-clockwise and closed', () => {
    fc.assert(
      fc.property(starRing(fc.double({ min: -150, max: 150, noNaN: true })), (ring) => {
        const parts = splitRingAtAntimeridian(ring);
        expect(parts).toHaveLength(1);
        const [only] = parts ?? [];
        expect(only).toEqual(rightHandExterior(ring));
        const ccw = ringArea2(ring) > 0 ? ring : [...ring].reverse();
        expect(new Set(open(only ?? []).map((p) => p.join()))).toEqual(new Set(ccw.map((p) => p.join())));
      }),
    );
  });

  it('[GIS-2] a concave ring cut at the antimeridian into several parts on one side keeps them apart', () => {
    // A U open to the east whose two prongs cross 180°: west of it one piece, east of it two.
    const u: [number, number][] = [
      [170, 0],
      [190, 0],
      [190, 2],
      [175, 2],
      [175, 8],
      [190, 8],
      [190, 10],
      [170, 10],
    ];
    const parts = splitRingAtAntimeridian(u) ?? [];
    expect(parts).toHaveLength(3);
    const east = parts.filter((p) => p.every(([lon]) => lon <= -170 + 1e-9));
    expect(east).toHaveLength(2);
    expect(parts.reduce((s, p) => s + area(open(p)), 0)).toBeCloseTo(area(u), 9);
  });

  it('[GIS-2] a track crossing the antimeridian is cut with a point on each side at the crossing time', () => {
    const parts = splitLineAtAntimeridian([
      { lon: 179, lat: 10, atMs: 0 },
      { lon: -179, lat: 12, atMs: 2000 },
      { lon: -178, lat: 12, atMs: 3000 },
    ]);
    expect(parts).toEqual([
      [
        { lon: 179, lat: 10, atMs: 0 },
        { lon: 180, lat: 11, atMs: 1000 },
      ],
      [
        { lon: -180, lat: 11, atMs: 1000 },
        { lon: -179, lat: 12, atMs: 2000 },
        { lon: -178, lat: 12, atMs: 3000 },
      ],
    ]);
  });

  it('[GIS-2] a fix a hair below 180 stays within range after the shift back (found by the property below)', () => {
    const parts = splitLineAtAntimeridian([
      { lon: 179.99999999999997, lat: 0, atMs: 0 },
      { lon: 0, lat: 0, atMs: 0 },
    ]);
    for (const part of parts)
      for (const [i, p] of part.entries()) {
        expect(Math.abs(p.lon)).toBeLessThanOrEqual(180);
        const previous = part[i - 1];
        if (previous) expect(Math.abs(p.lon - previous.lon)).toBeLessThanOrEqual(180);
      }
  });

  it('[GIS-2] a fix a hair inside the antimeridian then a jump to 0: the cut keeps time in order', () => {
    const parts = splitLineAtAntimeridian([
      { lon: 179.99999999999997, lat: 0, atMs: 0 },
      { lon: 0, lat: 0, atMs: 1 },
    ]);
    for (const part of parts)
      for (const [i, p] of part.entries()) {
        const previous = part[i - 1];
        if (previous) expect(p.atMs).toBeGreaterThanOrEqual(previous.atMs);
      }
  });

  it('[GIS-2] any track: parts stay in range, never jump more than 180°, keep every fix and its time in order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lon: fc.double({ min: -180, max: 180, noNaN: true }),
            lat: fc.double({ min: -85, max: 85, noNaN: true }),
            stepMs: fc.integer({ min: 0, max: 600_000 }),
          }),
          { minLength: 1, maxLength: 50 },
        ),
        (steps) => {
          let at = 0;
          const points = steps.map((s) => {
            at += s.stepMs;
            return { lon: s.lon, lat: s.lat, atMs: at };
          });
          const parts = splitLineAtAntimeridian(points);
          const flat = parts.flat();
          for (const part of parts) {
            for (const [i, p] of part.entries()) {
              expect(Math.abs(p.lon)).toBeLessThanOrEqual(180);
              const previous = part[i - 1];
              if (previous) {
                expect(Math.abs(p.lon - previous.lon)).toBeLessThanOrEqual(180);
                expect(p.atMs).toBeGreaterThanOrEqual(previous.atMs);
              }
            }
          }
          // Every fix is there (cut points added are on ±180), in order.
          const fixes = flat.filter((p) => points.some((q) => q.atMs === p.atMs && q.lat === p.lat));
          expect(fixes.length).toBeGreaterThanOrEqual(points.length);
          // Unwrapped, the path is as long as the fixes' own short-way path: nothing added, nothing lost.
          const length = (ps: readonly { lon: number; lat: number }[]) => {
            const u = unwrapLongitudes(ps.map((p) => [p.lon, p.lat]));
            return u.slice(1).reduce((s, p, i) => s + Math.hypot(p[0] - (u[i]?.[0] ?? 0), p[1] - (u[i]?.[1] ?? 0)), 0);
          };
          const cut = parts.reduce((s, part) => s + length(part), 0);
          expect(cut).toBeCloseTo(length(points), 6);
        },
      ),
      { numRuns: 300 },
    );
  });
});
