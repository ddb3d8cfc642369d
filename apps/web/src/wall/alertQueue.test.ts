import { describe, expect, it } from 'vitest';
import { eventFixture } from '../live/eventFixture.ts';
import { expireAlerts, MAX_ALERTS, mergeAlerts, type WallAlert } from './alertQueue.ts';

const ev = (seq: number, severity: number) => eventFixture(seq, { severity });
const ids = (alerts: readonly WallAlert[]): string[] => alerts.map((a) => a.event.id);

describe('mergeAlerts', () => {
  it('holds severity 4-5 live arrivals, newest first, and ignores history and lower severities', () => {
    const added = [ev(1, 4), ev(2, 3), ev(3, 5), ev(4, 5)];
    const arrivals = new Map([
      ['id-1', 10],
      ['id-2', 11],
      ['id-3', 12],
    ]);
    expect(ids(mergeAlerts([], added, [], arrivals))).toEqual(['id-3', 'id-1']);
  });

  it('keeps an alert until it is acknowledged, expired or its event leaves the store, and never twice', () => {
    const held = mergeAlerts([], [ev(1, 5)], [], new Map([['id-1', 10]]));
    expect(mergeAlerts(held, [ev(1, 5)], [], new Map([['id-1', 20]]))).toBe(held);
    expect(mergeAlerts(held, [ev(2, 1)], ['id-9'], new Map([['id-2', 20]]))).toBe(held);
    expect(mergeAlerts(held, [], ['id-1'], new Map())).toEqual([]);
    expect(expireAlerts(held, 10)).toBe(held);
    expect(expireAlerts(held, 11)).toEqual([]);
  });

  it('holds at most MAX_ALERTS however many arrive unacknowledged, dropping the oldest', () => {
    let held: readonly WallAlert[] = [];
    for (let seq = 1; seq <= 2_000; seq++) {
      held = mergeAlerts(held, [ev(seq, 5)], [], new Map([[`id-${seq}`, seq]]));
      expect(held.length).toBeLessThanOrEqual(MAX_ALERTS);
    }
    expect(held[0]?.event.id).toBe('id-2000');
    expect(held.at(-1)?.event.id).toBe(`id-${2_000 - MAX_ALERTS + 1}`);
  });
});
