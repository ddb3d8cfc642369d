import { EventInput, type EventInput as EventInputType } from '@tidewatch/contracts';
import { describe, expect, it } from 'vitest';
import { createCast } from '../cast.ts';
import { isOnJamaica } from '../geo.ts';
import { uuidv7Time } from '../uuid.ts';
import { createLiveEventSource } from './live.ts';
import { SEA_PLACE_LABELS } from './locate.ts';

// 15:00 UTC is 10:00 in Kingston, a Tuesday: office hours.
const START = Date.parse('2026-12-01T15:00:00Z');
const TICK_MS = 4000;

function run(seed: string | number, count: number, start = START, worldSeed?: string | number): EventInputType[] {
  const source = createLiveEventSource(worldSeed === undefined ? { seed } : { seed, worldSeed });
  return Array.from({ length: count }, (_, i) => source.next(new Date(start + i * TICK_MS)));
}

describe('createLiveEventSource', () => {
  it('emits valid events that happened shortly before now and are reported now', () => {
    const source = createLiveEventSource({ seed: 'live-test' });
    for (let i = 0; i < 300; i++) {
      const now = START + i * TICK_MS;
      const e = source.next(new Date(now));
      const parsed = EventInput.safeParse(e);
      if (!parsed.success) throw new Error(`${e.title}: ${JSON.stringify(parsed.error.issues)}`);
      const occurred = Date.parse(e.occurredAt);
      expect(Date.parse(e.reportedAt ?? '')).toBe(now);
      expect(occurred).toBeLessThanOrEqual(now);
      expect(now - occurred).toBeLessThanOrEqual(30 * 60_000);
      expect(uuidv7Time(e.id ?? '')).toBe(occurred);
      expect(e.status).toBe('new');
      if (e.place && SEA_PLACE_LABELS.has(e.place) && e.position) expect(isOnJamaica(e.position)).toBe(false);
    }
  });

  it('is deterministic for a seed and a sequence of times, and differs across seeds', () => {
    expect(run('a', 50)).toEqual(run('a', 50));
    const ids = new Set(run('a', 50).map((e) => e.id));
    expect(run('b', 50).some((e) => ids.has(e.id))).toBe(false);
  });

  it('never repeats an id, even when called twice at the same instant or restarted', () => {
    const source = createLiveEventSource({ seed: 7 });
    const sameInstant = [source.next(new Date(START)), source.next(new Date(START))];
    expect(sameInstant[0]?.id).not.toBe(sameInstant[1]?.id);
    const first = run(7, 500);
    const restarted = run(7, 500, START + 3_600_000);
    const all = [...first, ...restarted].map((e) => e.id);
    expect(new Set(all).size).toBe(all.length);
    // A restart later on must not replay the same stories in the same order.
    expect(restarted.slice(0, 20).map((e) => e.title)).not.toEqual(first.slice(0, 20).map((e) => e.title));
  });

  it('follows the hour of day: cargo alerts in office hours, none at 3 a.m.', () => {
    const day = run('hours', 400);
    expect(day.filter((e) => e.kind === 'cargo_alert').length).toBeGreaterThan(20);
    const night = run('hours', 400, Date.parse('2026-12-01T08:00:00Z')); // 03:00 in Kingston
    expect(night.filter((e) => e.kind === 'cargo_alert')).toEqual([]);
    expect(new Set(night.map((e) => e.kind)).size).toBeGreaterThanOrEqual(4);
  });

  it('shares the cast of the history when given its seed', () => {
    const cast = createCast(20261129);
    const names = new Set(cast.vessels.map((v) => v.name));
    const named = run('boot-1', 300, START, 20261129)
      .flatMap((e) => e.subjects?.vessels ?? [])
      .map((v) => v.name ?? '')
      .filter((n) => !n.startsWith('Unnamed'));
    expect(named.length).toBeGreaterThan(20);
    for (const n of named) expect(names).toContain(n);
  });
});
