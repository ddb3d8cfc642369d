import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetM } from '../detectors/geo.ts';
import { computeIntercept, deadReckon, distanceNm, initialBearingDeg, type TargetFix } from './intercept.ts';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const lat = fc.double({ min: -60, max: 60, noNaN: true });
const lon = fc.double({ min: -179, max: 179, noNaN: true });
const course = fc.double({ min: 0, max: 359.99, noNaN: true });

const scenario = fc.record({
  unit: fc.record({
    lat,
    lon,
    maxSpeedKn: fc.double({ min: 5, max: 250, noNaN: true }),
    enduranceH: fc.double({ min: 1, max: 48, noNaN: true }),
  }),
  bearing: course,
  rangeNm: fc.double({ min: 0, max: 400, noNaN: true }),
  targetCourse: course,
  targetSpeed: fc.double({ min: 0, max: 60, noNaN: true }),
  fixAgeMin: fc.integer({ min: 0, max: 30 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function targetOf(s: Scenario): TargetFix {
  const p = offsetM(s.unit.lat, s.unit.lon, s.bearing, s.rangeNm * 1852);
  return { ...p, courseDeg: s.targetCourse, speedKn: s.targetSpeed, atMs: NOW - s.fixAgeMin * 60_000 };
}

describe('intercept (OPSU-7)', () => {
  it('[OPSU-7] the ETA is never shorter than the run to the meeting point at max speed, nor than the gap closed at both speeds', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const target = targetOf(s);
        const answer = computeIntercept(s.unit, target, NOW);
        if (!answer.possible) return;
        const run = distanceNm(s.unit.lat, s.unit.lon, answer.lat, answer.lon);
        const now = deadReckon(target, NOW);
        const gapNow = distanceNm(s.unit.lat, s.unit.lon, now.lat, now.lon);
        // The unit at max speed covers exactly the run (to within one bisection step of a second).
        expect(answer.etaHours * s.unit.maxSpeedKn).toBeGreaterThanOrEqual(run - 0.01);
        // Less the on-target radius (0.01 nm), within which the unit is there already.
        expect(answer.etaHours).toBeGreaterThanOrEqual((gapNow - 0.01) / (s.unit.maxSpeedKn + s.targetSpeed) - 1e-4);
        expect(answer.etaHours).toBeLessThanOrEqual(s.unit.enduranceH);
        // The meeting point is where the target will be then.
        const there = deadReckon(target, NOW + answer.etaHours * 3_600_000);
        expect(distanceNm(there.lat, there.lon, answer.lat, answer.lon)).toBeLessThan(0.01);
      }),
      { numRuns: 2000 },
    );
  });

  it('[OPSU-7] a target faster than the unit, heading straight away from it, cannot be intercepted', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 1.01, max: 3, noNaN: true }), (s, factor) => {
        // Within a quarter of the globe: further than that, heading away on a great circle comes back round.
        fc.pre(s.unit.maxSpeedKn * factor * s.unit.enduranceH < 5000);
        const fix = offsetM(s.unit.lat, s.unit.lon, s.bearing, Math.max(1, s.rangeNm) * 1852);
        const away = initialBearingDeg(s.unit.lat, s.unit.lon, fix.lat, fix.lon);
        // Away from the unit is the bearing from the unit continued at the target: the back bearing reversed.
        const courseAway = (initialBearingDeg(fix.lat, fix.lon, s.unit.lat, s.unit.lon) + 180) % 360;
        expect(Number.isFinite(away)).toBe(true);
        const target: TargetFix = { ...fix, courseDeg: courseAway, speedKn: s.unit.maxSpeedKn * factor, atMs: NOW };
        const answer = computeIntercept(s.unit, target, NOW);
        expect(answer).toEqual({ possible: false, reason: 'outrun' });
      }),
      { numRuns: 1000 },
    );
  });

  it('[OPSU-7] a still target is met after distance / speed, on the bearing to it', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const target = { ...targetOf(s), speedKn: null, courseDeg: null };
        const d = distanceNm(s.unit.lat, s.unit.lon, target.lat, target.lon);
        const answer = computeIntercept(s.unit, target, NOW);
        if (d / s.unit.maxSpeedKn > s.unit.enduranceH) {
          expect(answer).toEqual({ possible: false, reason: 'beyond_endurance' });
          return;
        }
        if (!answer.possible) throw new Error(`expected an intercept, got ${answer.reason}`);
        // Within the on-target radius (0.01 nm) and the bisection's resolution (under a second).
        expect(Math.abs(answer.etaHours - d / s.unit.maxSpeedKn)).toBeLessThanOrEqual(0.01 / s.unit.maxSpeedKn + 1e-4);
        if (d > 0.1)
          expect(answer.courseDeg).toBeCloseTo(initialBearingDeg(s.unit.lat, s.unit.lon, target.lat, target.lon), 3);
      }),
      { numRuns: 1000 },
    );
  });

  it('[OPSU-7] a go-fast crossing ahead of a cutter is met ahead of where it is now', () => {
    // A cutter off Kingston; a go-fast 40 nm south running west at 30 kn; the cutter makes 25 kn.
    const unit = { lat: 17.9, lon: -76.8, maxSpeedKn: 25, enduranceH: 24 };
    const start = offsetM(unit.lat, unit.lon, 180, 40 * 1852);
    const answer = computeIntercept(unit, { ...start, courseDeg: 270, speedKn: 30, atMs: NOW }, NOW);
    // Running west at 30 kn it gets away from a 25 kn cutter that starts abeam: no intercept.
    expect(answer).toEqual({ possible: false, reason: 'outrun' });
    const coming = computeIntercept(unit, { ...start, courseDeg: 0, speedKn: 30, atMs: NOW }, NOW);
    if (!coming.possible) throw new Error('a go-fast heading at the cutter is met');
    // Closing head-on at 55 kn over 40 nm.
    expect(coming.etaHours).toBeCloseTo(40 / 55, 2);
    expect(coming.courseDeg).toBeCloseTo(180, 0);
  });

  it('[OPSU-7] a unit with no speed answers unit_immobile, one on the target answers zero', () => {
    const target: TargetFix = { lat: 18, lon: -76, courseDeg: 90, speedKn: 10, atMs: NOW };
    expect(computeIntercept({ lat: 18, lon: -77, maxSpeedKn: 0, enduranceH: 10 }, target, NOW)).toEqual({
      possible: false,
      reason: 'unit_immobile',
    });
    const here = computeIntercept({ lat: 18, lon: -76, maxSpeedKn: 20, enduranceH: 10 }, target, NOW);
    expect(here.possible && here.etaHours).toBe(0);
  });
});
