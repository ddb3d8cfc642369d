import { describe, expect, it } from 'vitest';
import { M_PER_NM, offsetM } from './geo.ts';
import { HOUR, MIN, T0, fixes, recordingSuite } from './test-support.ts';

const SEA = { lat: 16.5, lon: -75.5 };
const V = 339_000_009;

function run(durationMs: number, sog: number, at: { lat: number; lon: number } = SEA) {
  const r = recordingSuite();
  for (const p of fixes(V, T0, T0 + durationMs, MIN, () => ({ ...at, sog }))) r.suite.position(p);
  return r.alerts;
}

describe('loitering detector', () => {
  it('raises loitering after just over 1 h under 2 kn, and not after just under 1 h', () => {
    expect(run(HOUR - MIN, 1.5)).toHaveLength(0);
    const alerts = run(HOUR + MIN, 1.5);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      type: 'loitering',
      status: 'ongoing',
      parameters: { maxAverageSpeedKn: 2, averageSpeedKn: 1.5 },
    });
  });

  it('needs an average under 2 kn: 1.9 yes, 2.1 no', () => {
    expect(run(2 * HOUR, 1.9)).toHaveLength(1);
    expect(run(2 * HOUR, 2.1)).toHaveLength(0);
  });

  it('needs 20 nm from shore: 19 nm off the Port Royal anchorage no, 21 nm yes', () => {
    expect(run(2 * HOUR, 1, offsetM(17.925, -76.81, 180, 19 * M_PER_NM))).toHaveLength(0);
    expect(run(2 * HOUR, 1, offsetM(17.925, -76.81, 180, 21 * M_PER_NM))).toHaveLength(1);
  });

  it('leaves fishing boats out', () => {
    const r = recordingSuite();
    r.suite.static({ mmsi: V, at: T0, imo: null, name: null, callSign: null, shipType: 30 });
    for (const p of fixes(V, T0, T0 + 3 * HOUR, MIN, () => ({ ...SEA, sog: 1 }))) r.suite.position(p);
    expect(r.alerts).toHaveLength(0);
  });
});
