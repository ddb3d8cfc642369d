import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveStore } from './store.ts';
import { eventFixture as ev } from './eventFixture.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('LiveStore bounds (a wall display runs for days)', () => {
  it('holds at most `capacity` events and forgets arrival times after a few seconds, at ten events a second', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 20, 14) });
    const capacity = 200;
    const store = new LiveStore(capacity);
    let evicted = 0;
    store.subscribeDeltas((delta) => {
      evicted += delta.removedIds.length;
    });
    for (let seq = 1; seq <= 1_000; seq++) {
      store.ingest([ev(seq)], { flash: true, receivedAt: Date.now() });
      vi.advanceTimersByTime(100);
      const s = store.getSnapshot();
      expect(s.events.length).toBeLessThanOrEqual(capacity);
      expect(s.byId.size).toBe(s.events.length);
      // 15 s of arrivals at 10/s, plus the batch in flight.
      expect(s.arrivals.size).toBeLessThanOrEqual(152);
    }
    const s = store.getSnapshot();
    expect(s.events[0]?.seq).toBe(1_000);
    expect(s.events.at(-1)?.seq).toBe(1_000 - capacity + 1);
    expect(evicted).toBe(1_000 - capacity);
    expect([...s.arrivals.keys()].every((id) => s.byId.has(id))).toBe(true);
  });
});

describe('LiveStore withdrawals', () => {
  it('[FED-14] an event the server withdraws leaves the feed and every view fed by the deltas; an unknown id changes nothing', () => {
    const store = new LiveStore(50);
    const removed: string[] = [];
    store.subscribeDeltas((delta) => removed.push(...delta.removedIds));
    store.ingest([ev(1), ev(2), ev(3)], { flash: false, receivedAt: 0 });
    store.flush();
    const gone = ev(2);
    expect(store.applyWithdrawal(gone.id)).toBe(true);
    const s = store.getSnapshot();
    expect(s.events.map((e) => e.seq)).toEqual([3, 1]);
    expect(s.byId.has(gone.id)).toBe(false);
    expect(removed).toEqual([gone.id]);
    expect(store.applyWithdrawal(gone.id)).toBe(false);
    expect(store.applyWithdrawal('no-such-event')).toBe(false);
    expect(removed).toEqual([gone.id]);
  });
});
