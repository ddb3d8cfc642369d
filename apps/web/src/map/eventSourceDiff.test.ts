import { describe, expect, it } from 'vitest';
import { eventFixture as ev } from '../live/eventFixture.ts';
import { EventSourceDiff, FRESH_PROPERTY, type SourceEventFeature } from './eventSourceDiff.ts';

const FRESH_MS = 8_000;

const freshOf = (f: SourceEventFeature): 1 | undefined => f.properties[FRESH_PROPERTY];

describe('EventSourceDiff', () => {
  it('rings live arrivals and not history, then takes the ring off once its time is up', () => {
    const diff = new EventSourceDiff(FRESH_MS);
    diff.apply({ added: [ev(1), ev(2)], removedIds: [] }, new Map([['id-2', 1_000]]), 1_000);
    const first = diff.take();
    expect(first?.add.map((f) => [f.properties.id, freshOf(f)])).toEqual([
      ['id-1', undefined],
      ['id-2', 1],
    ]);
    expect(diff.take()).toBeNull();

    diff.expire(1_000 + FRESH_MS - 1);
    expect(diff.take()).toBeNull();
    diff.expire(1_000 + FRESH_MS);
    expect(diff.take()).toEqual({ add: [], remove: [], update: [{ id: 'id-2', removeProperties: [FRESH_PROPERTY] }] });
    expect(diff.ringed).toBe(0);
  });

  it('never sends one id in two lists: an expiry before the flush edits the queued feature instead', () => {
    const diff = new EventSourceDiff(FRESH_MS);
    diff.apply({ added: [ev(1)], removedIds: [] }, new Map([['id-1', 0]]), 0);
    diff.expire(FRESH_MS);
    const update = diff.take();
    expect(update?.update).toEqual([]);
    expect(update?.add.map((f) => freshOf(f))).toEqual([undefined]);

    diff.apply({ added: [ev(2)], removedIds: [] }, new Map([['id-2', 0]]), 0);
    diff.take();
    diff.expire(FRESH_MS);
    diff.apply({ added: [], removedIds: ['id-2'] }, new Map(), FRESH_MS);
    expect(diff.take()).toEqual({ add: [], remove: ['id-2'], update: [] });
  });

  it('keeps the ring on a revision of a ringed event, and drops a revision that lost its position', () => {
    const diff = new EventSourceDiff(FRESH_MS);
    diff.apply({ added: [ev(1)], removedIds: [] }, new Map([['id-1', 0]]), 0);
    diff.take();
    diff.apply({ added: [ev(1, { title: 'revised' })], removedIds: [] }, new Map(), 2_000);
    expect(diff.take()?.add.map((f) => freshOf(f))).toEqual([1]);

    diff.apply({ added: [ev(1, { position: null })], removedIds: [] }, new Map(), 3_000);
    expect(diff.take()).toEqual({ add: [], remove: ['id-1'], update: [] });
    expect(diff.ringed).toBe(0);
  });

  it('holds no per-event state once events are evicted or their rings expire, however many pass through', () => {
    const diff = new EventSourceDiff(FRESH_MS);
    const held: string[] = [];
    const capacity = 50;
    for (let seq = 1; seq <= 5_000; seq++) {
      const now = seq * 100; // ten events a second, as the soak drives the wall
      const removedIds = held.length >= capacity ? [held.shift() ?? ''] : [];
      held.push(`id-${seq}`);
      diff.apply({ added: [ev(seq)], removedIds }, new Map([[`id-${seq}`, now]]), now);
      if (seq % 10 === 0) diff.expire(now);
      if (seq % 3 === 0) diff.take();
      expect(diff.ringed).toBeLessThanOrEqual(FRESH_MS / 100 + 10);
    }
    diff.expire(5_000 * 100 + FRESH_MS);
    diff.take();
    expect(diff.ringed).toBe(0);
    expect(diff.hasPending()).toBe(false);
  });
});
