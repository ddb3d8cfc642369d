import { describe, expect, it } from 'vitest';
import { offsetM } from './geo.ts';
import { HOUR, MIN, T0, fixes, recordingSuite } from './test-support.ts';

const KINGSTON = { lat: 17.955, lon: -76.84 };
const V = 339_000_011;

function visit(durationMs: number, stoppedSog: number) {
  const r = recordingSuite();
  const inside = offsetM(KINGSTON.lat, KINGSTON.lon, 270, 1_000);
  const outside = offsetM(KINGSTON.lat, KINGSTON.lon, 270, 4_500);
  r.suite.position({ mmsi: V, at: T0 - 10 * MIN, ...outside, sog: 8 });
  for (const p of fixes(V, T0, T0 + durationMs, 5 * MIN, () => ({ ...inside, sog: stoppedSog }))) r.suite.position(p);
  r.suite.position({ mmsi: V, at: T0 + durationMs + 5 * MIN, ...outside, sog: 8 });
  return r.alerts.filter((a) => a.type === 'port_visit');
}

describe('port visit detector', () => {
  it('records a visit of just over 3 h with a stop, not one just under 3 h', () => {
    expect(visit(3 * HOUR - 10 * MIN, 0.1)).toHaveLength(0);
    const alerts = visit(3 * HOUR, 0.1);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      status: 'final',
      parameters: { port: 'JMKIN', entryRadiusM: 3000, exitRadiusM: 4000 },
    });
  });

  it('needs a stop under 0.2 kn', () => {
    expect(visit(5 * HOUR, 0.3)).toHaveLength(0);
  });
});

describe('area of interest detector', () => {
  const area = {
    id: 'a1',
    name: 'Pedro Bank box',
    ring: [
      [-78.5, 16.5],
      [-77.5, 16.5],
      [-77.5, 17.2],
      [-78.5, 17.2],
      [-78.5, 16.5],
    ] as [number, number][],
  };

  it('alerts on entry and exit, but not for a vessel first seen inside', () => {
    const r = recordingSuite({ areas: [area] });
    r.suite.position({ mmsi: V, at: T0, lat: 16.4, lon: -78, sog: 10 });
    r.suite.position({ mmsi: V, at: T0 + 30 * MIN, lat: 16.6, lon: -78, sog: 10 });
    r.suite.position({ mmsi: V, at: T0 + 60 * MIN, lat: 16.7, lon: -78, sog: 10 });
    r.suite.position({ mmsi: V, at: T0 + 120 * MIN, lat: 17.3, lon: -78, sog: 10 });
    r.suite.position({ mmsi: V + 1, at: T0, lat: 16.8, lon: -78, sog: 10 });
    expect(r.alerts.map((a) => [a.type, a.mmsis[0], a.areaId])).toEqual([
      ['area_entry', V, 'a1'],
      ['area_exit', V, 'a1'],
    ]);
  });
});
