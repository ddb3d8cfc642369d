import { describe, expect, it } from 'vitest';
import type { IntelEvent } from '@tidewatch/contracts';
import { mergeEvents, type EventWindow } from './mergeEvents.ts';
import { eventFixture } from './eventFixture.ts';

const ev = (seq: number, id = `id-${seq}`, title = `event ${seq}`) => eventFixture(seq, { id, title });

const empty: EventWindow = { events: [], byId: new Map() };

function apply(window: EventWindow, incoming: IntelEvent[], capacity = 100): EventWindow {
  const result = mergeEvents(window, incoming, capacity);
  return result ?? window;
}

const seqs = (w: EventWindow): number[] => w.events.map((e) => e.seq);

describe('mergeEvents', () => {
  it('keeps events newest first whatever order they arrive in', () => {
    const w = apply(empty, [ev(2), ev(5), ev(1)]);
    expect(seqs(apply(w, [ev(4), ev(3), ev(6)]))).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('drops a seq it already holds (replay overlapping the REST page) and reports no change', () => {
    const w = apply(empty, [ev(1), ev(2)]);
    expect(mergeEvents(w, [ev(2), ev(1)], 100)).toBeNull();
    expect(mergeEvents(w, [ev(2, 'other-id')], 100)).toBeNull();
  });

  it('replaces an older version of the same id with its revision', () => {
    const w = apply(empty, [ev(1, 'a', 'first'), ev(2)]);
    const result = mergeEvents(w, [ev(3, 'a', 'revised')], 100);
    expect(result && seqs(result)).toEqual([3, 2]);
    expect(result?.byId.get('a')?.title).toBe('revised');
    expect(result?.added.map((e) => e.id)).toEqual(['a']);
    expect(result?.removedIds).toEqual([]);
  });

  it('ignores a stale revision', () => {
    const w = apply(empty, [ev(5, 'a', 'newer')]);
    expect(mergeEvents(w, [ev(4, 'a', 'older')], 100)).toBeNull();
  });

  it('evicts the oldest beyond capacity and says which ids left', () => {
    const w = apply(empty, [ev(1), ev(2), ev(3)], 3);
    const result = mergeEvents(w, [ev(4), ev(5)], 3);
    expect(result && seqs(result)).toEqual([5, 4, 3]);
    expect(result?.removedIds.sort()).toEqual(['id-1', 'id-2']);
    expect(result?.byId.size).toBe(3);
  });

  it('does not report as added an event too old to fit', () => {
    const w = apply(empty, [ev(5), ev(6)], 2);
    const result = mergeEvents(w, [ev(1), ev(7)], 2);
    expect(result && seqs(result)).toEqual([7, 6]);
    expect(result?.added.map((e) => e.seq)).toEqual([7]);
    expect(result?.removedIds).toContain('id-5');
    expect(result?.removedIds).not.toContain('id-7');
  });

  it('keeps byId in step with the list', () => {
    let w: EventWindow = empty;
    for (let i = 1; i <= 50; i++)
      w = apply(w, [ev(i), ev(i % 7 === 0 ? i + 100 : i, i % 7 === 0 ? `id-${i}` : `id-${i}`)], 20);
    expect(w.byId.size).toBe(w.events.length);
    for (const e of w.events) expect(w.byId.get(e.id)).toBe(e);
  });
});
