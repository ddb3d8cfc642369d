import { describe, expect, it } from 'vitest';
import { bearingThreeDigits, degreesMinutes, greatCirclePath, rangeBearing } from './range-bearing.ts';

const KINGSTON = { lat: 17.9714, lon: -76.7931 };
const MIAMI = { lat: 25.7617, lon: -80.1918 };

describe('range and bearing', () => {
  it('[MAP-2] Kingston to Miami is about 505 NM (934 km) on 339° true', () => {
    const leg = rangeBearing(KINGSTON, MIAMI);
    expect(leg.nm).toBeCloseTo(504.5, 0);
    expect(leg.km).toBeCloseTo(934.4, 0);
    expect(leg.bearingDeg).toBeCloseTo(338.57, 1);
    expect(bearingThreeDigits(leg.bearingDeg)).toBe('339');
  });

  it("[MAP-2] LAX to JFK matches the Aviation Formulary's worked example (2144 NM of arc, 066°)", () => {
    // The Formulary counts one nautical mile per arc minute; our sphere's mile is 1852 m, 0.06% longer.
    const leg = rangeBearing({ lat: 33.95, lon: -118.4 }, { lat: 40.6333, lon: -73.7833 });
    expect(leg.km / 6371.0088).toBeCloseTo(0.623585, 4);
    expect(bearingThreeDigits(leg.bearingDeg)).toBe('066');
  });

  it('[MAP-2] a leg across the antimeridian goes the short way', () => {
    const east = rangeBearing({ lat: 0, lon: 179 }, { lat: 0, lon: -179 });
    expect(east.km).toBeCloseTo(222.39, 1);
    expect(bearingThreeDigits(east.bearingDeg)).toBe('090');
    const west = rangeBearing({ lat: 0, lon: -179 }, { lat: 0, lon: 179 });
    expect(bearingThreeDigits(west.bearingDeg)).toBe('270');
    // Fiji to Honolulu crosses 180° too.
    const fijiHonolulu = rangeBearing({ lat: -17.5, lon: 178.5 }, { lat: 21.3, lon: -157.9 });
    expect(fijiHonolulu.nm).toBeCloseTo(2712, 0);
    expect(bearingThreeDigits(fijiHonolulu.bearingDeg)).toBe('032');
  });

  it('[MAP-2] the drawn line follows the great circle and runs on across 180° without jumping', () => {
    const path = greatCirclePath({ lat: -17.5, lon: 178.5 }, { lat: 21.3, lon: -157.9 }, 32);
    expect(path).toHaveLength(33);
    expect(path[0]).toEqual([178.5, -17.5]);
    expect(path[32]?.[0]).toBeCloseTo(202.1, 6);
    expect(path[32]?.[1]).toBeCloseTo(21.3, 6);
    for (let i = 1; i < path.length; i++)
      expect(Math.abs((path[i]?.[0] ?? 0) - (path[i - 1]?.[0] ?? 0))).toBeLessThan(2);
    // A great circle north of the equator bows poleward of the straight chart line between its ends.
    const [, midLat] = greatCirclePath({ lat: 40, lon: -74 }, { lat: 51.5, lon: 0 }, 2)[1] ?? [0, 0];
    expect(midLat).toBeGreaterThan(50);
  });

  it('[MAP-2] bearings are three digits and wrap at north', () => {
    expect(bearingThreeDigits(5.4)).toBe('005');
    expect(bearingThreeDigits(359.6)).toBe('000');
    expect(bearingThreeDigits(-10)).toBe('350');
  });
});

describe('degrees and minutes', () => {
  it("[MAP-1] writes Kingston as 17°58.3'N 076°47.6'W and carries rounded minutes into the degree", () => {
    expect(degreesMinutes(KINGSTON)).toBe("17°58.3'N 076°47.6'W");
    expect(degreesMinutes({ lat: 17.97, lon: -76.79 })).toBe("17°58.2'N 076°47.4'W");
    expect(degreesMinutes({ lat: -33.999999, lon: 151.2 })).toBe("34°00.0'S 151°12.0'E");
    expect(degreesMinutes({ lat: 0, lon: 0 })).toBe("00°00.0'N 000°00.0'E");
    expect(degreesMinutes({ lat: -0.00001, lon: 190 })).toBe("00°00.0'N 170°00.0'W");
  });
});
