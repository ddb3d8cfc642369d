import { describe, expect, it } from 'vitest';
import { M_PER_NM, offsetM } from './geo.ts';
import { T0, recordingSuite } from './test-support.ts';

const SEA = { lat: 16.5, lon: -75.5 };
const V = 339_000_010;

function jump(kn: number, seconds: number) {
  const r = recordingSuite();
  r.suite.position({ mmsi: V, at: T0, ...SEA, sog: 10 });
  const to = offsetM(SEA.lat, SEA.lon, 45, (kn * M_PER_NM * seconds) / 3600);
  r.suite.position({ mmsi: V, at: T0 + seconds * 1000, ...to, sog: 10 });
  return r.alerts;
}

describe('impossible movement detector', () => {
  it('flags an implied speed just over 50 kn and not just under', () => {
    expect(jump(49.5, 180)).toHaveLength(0);
    const alerts = jump(50.5, 180);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      type: 'impossible_movement',
      parameters: { maxSpeedKn: 50, impliedSpeedKn: 50.5 },
    });
    expect(alerts[0]?.evidence[0]?.points).toHaveLength(2);
  });

  it('ignores GNSS noise under 2 km, however fast it looks', () => {
    expect(jump(300, 10)).toHaveLength(0);
  });

  it('alerts once per hour for a shared MMSI jumping back and forth', () => {
    const r = recordingSuite();
    const far = offsetM(SEA.lat, SEA.lon, 90, 100_000);
    for (let i = 0; i < 20; i++)
      r.suite.position({ mmsi: V, at: T0 + i * 60_000, ...(i % 2 === 0 ? SEA : far), sog: 10 });
    expect(r.alerts).toHaveLength(1);
  });
});
