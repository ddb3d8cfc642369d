import { describe, expect, it } from 'vitest';
import { HOUR, MIN, T0, recordingSuite } from './test-support.ts';

// Open sea south of Jamaica, far from every anchorage.
const SEA = { lat: 16.5, lon: -75.5 };
const fix = (at: number, sog = 10) => ({ mmsi: 339_123_456, at, lat: SEA.lat, lon: SEA.lon, sog });

describe('AIS gap detector', () => {
  it('raises nothing for a silence just under 6 h, and a provisional gap just over it', () => {
    const { suite, alerts } = recordingSuite();
    suite.position(fix(T0));
    suite.sweep(T0 + 6 * HOUR - MIN);
    expect(alerts).toHaveLength(0);
    suite.sweep(T0 + 6 * HOUR + MIN);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      type: 'ais_gap',
      status: 'provisional',
      startAt: T0,
      endAt: null,
      mmsis: [339_123_456],
    });
    expect(alerts[0]?.evidence[0]?.points.length).toBeGreaterThan(0);
  });

  it('closes a provisional gap when the vessel is heard again (final, same id)', () => {
    const { suite, alerts } = recordingSuite();
    suite.position(fix(T0));
    suite.sweep(T0 + 7 * HOUR);
    suite.position(fix(T0 + 8 * HOUR));
    expect(alerts.map((a) => a.status)).toEqual(['provisional', 'final']);
    expect(alerts[1]?.id).toBe(alerts[0]?.id);
    expect(alerts[1]).toMatchObject({ endAt: T0 + 8 * HOUR, parameters: { gapHours: 8 } });
  });

  it('finds a whole gap when no sweep ran: 5 h 59 no, 6 h 01 yes', () => {
    const { suite, alerts } = recordingSuite();
    suite.position(fix(T0));
    suite.position(fix(T0 + 6 * HOUR - MIN));
    expect(alerts).toHaveLength(0);
    suite.position(fix(T0 + 12 * HOUR));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ status: 'final', startAt: T0 + 6 * HOUR - MIN, endAt: T0 + 12 * HOUR });
  });

  it('retracts a gap when late data shows no silence over the threshold (revised, not dropped)', () => {
    const { suite, alerts } = recordingSuite();
    suite.position(fix(T0));
    suite.position(fix(T0 + 8 * HOUR));
    expect(alerts.map((a) => a.status)).toEqual(['final']);
    // A satellite provider delivers a fix from the middle of the gap, late.
    suite.position(fix(T0 + 3 * HOUR));
    expect(alerts.map((a) => a.status)).toEqual(['final', 'retracted']);
    expect(alerts[1]?.id).toBe(alerts[0]?.id);
  });

  it('revises a gap whose late fix leaves one part over the threshold', () => {
    const { suite, alerts } = recordingSuite();
    suite.position(fix(T0));
    suite.position(fix(T0 + 10 * HOUR));
    suite.position(fix(T0 + 1 * HOUR));
    expect(alerts.map((a) => a.status)).toEqual(['final', 'revised']);
    expect(alerts[1]).toMatchObject({
      id: alerts[0]?.id,
      startAt: T0 + HOUR,
      endAt: T0 + 10 * HOUR,
      parameters: { gapHours: 9 },
    });
  });

  it('splits a gap in two when both parts stay over the threshold', () => {
    const { suite, alerts } = recordingSuite();
    suite.position(fix(T0));
    suite.position(fix(T0 + 14 * HOUR));
    suite.position(fix(T0 + 7 * HOUR));
    expect(alerts.map((a) => [a.status, a.startAt - T0, (a.endAt ?? 0) - T0])).toEqual([
      ['final', 0, 14 * HOUR],
      ['revised', 0, 7 * HOUR],
      ['final', 7 * HOUR, 14 * HOUR],
    ]);
  });

  it('retracts a provisional gap when a late-delivered fix from inside it arrives', () => {
    const { suite, alerts } = recordingSuite();
    suite.position(fix(T0));
    suite.sweep(T0 + 6 * HOUR + 30 * MIN);
    suite.position(fix(T0 + 5 * HOUR));
    expect(alerts.map((a) => a.status)).toEqual(['provisional', 'retracted']);
  });

  it('ignores a transponder switched off at a berth', () => {
    const { suite, alerts } = recordingSuite();
    suite.position({ mmsi: 1, at: T0, lat: 17.955, lon: -76.84, sog: 0 });
    suite.sweep(T0 + 12 * HOUR);
    expect(alerts).toHaveLength(0);
  });
});
