import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_FEATURES, planAreaImport } from './area-import.ts';

const square = (lon: number, lat: number, size = 1): [number, number][] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
const feature = (geometry: unknown, name?: string) => ({ type: 'Feature', properties: name ? { name } : {}, geometry });

describe('area import from GeoJSON (GIS-5)', () => {
  it('[GIS-5] accepts polygons and multipolygon parts, names each refused feature by index with the reason', () => {
    const plan = planAreaImport({
      type: 'FeatureCollection',
      features: [
        feature({ type: 'Polygon', coordinates: [square(-77, 17)] }, 'Kingston approaches'),
        feature({ type: 'Point', coordinates: [-76, 18] }, 'A buoy'),
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 1],
              [1, 0],
              [0, 1],
            ],
          ],
        }),
        feature({ type: 'Polygon', coordinates: [square(-70, 10, 4), square(-69, 11)] }, 'Holed'),
        feature({ type: 'MultiPolygon', coordinates: [[square(-60, 10)], [square(-58, 10)]] }, 'Pair'),
        feature(null, 'Nothing'),
        feature({ type: 'Polygon', coordinates: [square(-77, 95)] }, 'Too far north'),
        'junk',
      ],
    });
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.accepted.map((a) => [a.index, a.name])).toEqual([
      [0, 'Kingston approaches'],
      [4, 'Pair (1 of 2)'],
      [4, 'Pair (2 of 2)'],
    ]);
    expect(plan.refused).toEqual([
      { index: 1, name: 'A buoy', reason: 'a Point is not an area: areas are polygons' },
      { index: 2, name: null, reason: expect.stringMatching(/crosses itself/) },
      { index: 3, name: 'Holed', reason: 'it has 1 hole; an area is one ring without holes' },
      { index: 5, name: 'Nothing', reason: 'it has no geometry' },
      { index: 6, name: 'Too far north', reason: expect.stringMatching(/latitude 95 is outside/) },
      { index: 7, name: null, reason: 'not a GeoJSON Feature' },
    ]);
  });

  it('[GIS-5] a ring drawn across the antimeridian (longitudes past 180) becomes one area per side', () => {
    const plan = planAreaImport(feature({ type: 'Polygon', coordinates: [square(179, -17, 2)] }, 'Fiji'));
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.accepted.map((a) => a.name)).toEqual(['Fiji (1 of 2)', 'Fiji (2 of 2)']);
    for (const a of plan.accepted) for (const [lon] of a.ring) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
  });

  it('[GIS-5] a file that is not GeoJSON, or has too many features, is refused whole', () => {
    expect(planAreaImport([1, 2])).toEqual({ error: 'the file is not a GeoJSON object' });
    expect(planAreaImport({ type: 'FeatureCollection' })).toHaveProperty('error');
    const many = { type: 'FeatureCollection', features: Array.from({ length: MAX_IMPORT_FEATURES + 1 }, () => ({})) };
    expect(planAreaImport(many)).toHaveProperty('error');
  });

  it('[GIS-5] any JSON value is answered with a plan or an error, never a throw, and every feature is accounted for', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(fc.jsonValue(), { maxLength: 10 }) }),
          fc.record({
            type: fc.constant('Feature'),
            geometry: fc.record({
              type: fc.constantFrom('Polygon', 'MultiPolygon', 'LineString'),
              coordinates: fc.jsonValue(),
            }),
          }),
        ),
        (doc) => {
          const plan = planAreaImport(doc);
          if ('error' in plan) return;
          const indices = new Set([...plan.accepted.map((a) => a.index), ...plan.refused.map((r) => r.index)]);
          const count =
            (doc as { type?: string; features?: unknown[] }).type === 'FeatureCollection'
              ? (doc as { features: unknown[] }).features.length
              : 1;
          expect(indices.size).toBe(count);
        },
      ),
      { numRuns: 500 },
    );
  });
});
