import { describe, expect, it } from 'vitest';
import { offsetM } from './geo.ts';
import { HOUR, MIN, T0, byTime, fixes, recordingSuite } from './test-support.ts';

const SEA = { lat: 16.5, lon: -75.5 };
const A = 339_000_001;
const B = 351_000_002;

const encounters = (r: ReturnType<typeof recordingSuite>) => r.alerts.filter((a) => a.type === 'encounter');

function pair(distance: number, durationMs: number, sog: number, at = SEA) {
  const b = offsetM(at.lat, at.lon, 90, distance);
  return byTime(
    fixes(A, T0, T0 + durationMs, 2 * MIN, () => ({ ...at, sog })),
    fixes(B, T0 + 30_000, T0 + durationMs + 30_000, 2 * MIN, () => ({ ...b, sog })),
  );
}

describe('encounter detector', () => {
  it('raises an encounter at 450 m for just over 2 h, and none for just under 2 h', () => {
    const under = recordingSuite();
    for (const p of pair(450, 2 * HOUR - 4 * MIN, 1)) under.suite.position(p);
    expect(encounters(under)).toHaveLength(0);

    const over = recordingSuite();
    for (const p of pair(450, 2 * HOUR + 4 * MIN, 1)) over.suite.position(p);
    expect(encounters(over)).toHaveLength(1);
    expect(encounters(over)[0]).toMatchObject({
      type: 'encounter',
      status: 'ongoing',
      mmsis: [A, B],
      parameters: { maxDistanceM: 500 },
    });
    expect(encounters(over)[0]?.evidence).toHaveLength(2);
    expect(encounters(over)[0]?.evidence[0]?.points.length).toBeGreaterThan(10);
  });

  it('raises nothing at 550 m (just over the distance)', () => {
    const r = recordingSuite();
    for (const p of pair(550, 3 * HOUR, 1)) r.suite.position(p);
    expect(encounters(r)).toHaveLength(0);
  });

  it('needs a median speed under 2 kn: 1.9 yes, 2.1 no', () => {
    const slow = recordingSuite();
    for (const p of pair(300, 3 * HOUR, 1.9)) slow.suite.position(p);
    expect(encounters(slow)).toHaveLength(1);
    const fast = recordingSuite();
    for (const p of pair(300, 3 * HOUR, 2.1)) fast.suite.position(p);
    expect(encounters(fast)).toHaveLength(0);
  });

  it('ignores pairs within 10 km of an anchorage (9 km off Kingston) but not at 11 km', () => {
    const near = recordingSuite();
    for (const p of pair(300, 3 * HOUR, 1, offsetM(17.955, -76.84, 180, 9_000))) near.suite.position(p);
    expect(encounters(near)).toHaveLength(0);
    // Port Royal anchorage lies south-east of the berth: go south-west to stay 11 km from both.
    const far = recordingSuite();
    for (const p of pair(300, 3 * HOUR, 1, offsetM(17.955, -76.84, 235, 11_500))) far.suite.position(p);
    expect(encounters(far)).toHaveLength(1);
  });

  it('does not pair two fishing boats, but does pair a fishing boat with a cargo ship', () => {
    const both = recordingSuite();
    both.suite.static({ mmsi: A, at: T0, imo: null, name: null, callSign: null, shipType: 30 });
    both.suite.static({ mmsi: B, at: T0, imo: null, name: null, callSign: null, shipType: 30 });
    for (const p of pair(300, 3 * HOUR, 1)) both.suite.position(p);
    expect(encounters(both)).toHaveLength(0);
    const mixed = recordingSuite();
    mixed.suite.static({ mmsi: A, at: T0, imo: null, name: null, callSign: null, shipType: 70 });
    mixed.suite.static({ mmsi: B, at: T0, imo: null, name: null, callSign: null, shipType: 30 });
    for (const p of pair(300, 3 * HOUR, 1)) mixed.suite.position(p);
    expect(encounters(mixed)).toHaveLength(1);
  });

  it('closes the encounter (final) when the vessels part', () => {
    const r = recordingSuite();
    for (const p of pair(300, 3 * HOUR, 1)) r.suite.position(p);
    const away = offsetM(SEA.lat, SEA.lon, 0, 5_000);
    r.suite.position({ mmsi: A, at: T0 + 3 * HOUR + 5 * MIN, lat: away.lat, lon: away.lon, sog: 1 });
    const alerts = encounters(r);
    expect(alerts.map((a) => a.status)).toEqual(['ongoing', 'final']);
    expect(alerts[1]?.endAt).not.toBeNull();
  });
});
