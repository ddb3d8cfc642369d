import { describe, expect, it } from 'vitest';
import { T0, recordingSuite } from './test-support.ts';

const base = { mmsi: 339_123_456, at: T0, imo: 9_074_729, name: 'SEA STAR', callSign: '6YAB1', shipType: 70 };
const anomalies = (alerts: { parameters: Record<string, unknown> }[]) => alerts.map((a) => a.parameters.anomaly);

describe('identity anomaly detector', () => {
  it('accepts a consistent identity and flags a failed IMO check digit', () => {
    const r = recordingSuite();
    r.suite.static(base);
    r.suite.static({ ...base, at: T0 + 1000 });
    expect(r.alerts).toHaveLength(0);
    const bad = recordingSuite();
    bad.suite.static({ ...base, imo: 9_074_728 });
    expect(anomalies(bad.alerts)).toEqual(['imo_check_digit']);
  });

  it('flags MID against a declared flag: Jamaican MID declared JM passes, declared PA does not', () => {
    const ok = recordingSuite();
    ok.suite.static({ ...base, declaredFlag: 'JM' });
    expect(ok.alerts).toHaveLength(0);
    const r = recordingSuite();
    r.suite.static({ ...base, declaredFlag: 'PA' });
    expect(anomalies(r.alerts)).toEqual(['mid_flag_mismatch']);
    expect(r.alerts[0]?.parameters).toMatchObject({ midFlag: 'JM', declaredFlag: 'PA' });
  });

  it('flags a MID allocated to nobody', () => {
    const r = recordingSuite();
    r.suite.static({ ...base, mmsi: 200_123_456 });
    expect(anomalies(r.alerts)).toEqual(['unallocated_mid']);
  });

  it('flags name, call sign and IMO changes once each', () => {
    const r = recordingSuite();
    r.suite.static(base);
    r.suite.static({ ...base, at: T0 + 1, name: 'OCEAN PEARL', callSign: '6YZZ9' });
    r.suite.static({ ...base, at: T0 + 2, name: 'OCEAN PEARL', callSign: '6YZZ9' });
    r.suite.static({ ...base, at: T0 + 3, name: 'OCEAN PEARL', callSign: '6YZZ9', imo: 9_312_341 });
    expect(anomalies(r.alerts)).toEqual(['name_change', 'call_sign_change', 'imo_change']);
  });

  it('flags one IMO reported by two MMSIs within a day', () => {
    const r = recordingSuite();
    r.suite.static(base);
    r.suite.static({ ...base, mmsi: 351_000_001, at: T0 + 3_600_000 });
    expect(anomalies(r.alerts)).toEqual(['imo_shared']);
    expect(r.alerts[0]?.mmsis).toEqual([351_000_001, 339_123_456]);
  });
});
