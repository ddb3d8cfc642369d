import { describe, expect, it } from 'vitest';
import type { InsertResult, NewEvent } from '@tidewatch/db';
import { createInsertBatcher } from './insert-batcher.ts';

function row(id: string): NewEvent {
  return { id } as NewEvent;
}

/** A stand-in store that records each transaction's rows; the real store is covered by the repository contract. */
function recordingStore(failOn?: string) {
  const transactions: string[][] = [];
  let seq = 0;
  const insertMany = async (rows: NewEvent[]): Promise<InsertResult[]> => {
    await new Promise((r) => setTimeout(r, 5));
    if (failOn && rows.some((r) => r.id === failOn)) throw new Error(`bad row ${failOn}`);
    transactions.push(rows.map((r) => r.id));
    return rows.map((r) => ({ created: true, event: { id: r.id, seq: ++seq } as InsertResult['event'] }));
  };
  return { transactions, insertMany };
}

describe('insert batcher (group commit)', () => {
  it('groups writes that arrive in the same tick, and those that arrive while a transaction runs', async () => {
    const store = recordingStore();
    const insert = createInsertBatcher(store.insertMany);
    const sameTick = ['a', 'b'].map((id) => insert([row(id)]));
    await new Promise((r) => setTimeout(r, 1));
    const duringTransaction = ['c', 'd'].map((id) => insert([row(id)]));
    const results = await Promise.all([...sameTick, ...duringTransaction]);
    expect(store.transactions).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(results.map((r) => r[0]?.event.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sends a lone write without waiting for company', async () => {
    const store = recordingStore();
    const insert = createInsertBatcher(store.insertMany);
    const started = performance.now();
    await insert([row('alone')]);
    expect(store.transactions).toEqual([['alone']]);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('isolates a failing write: the others in its batch are still stored', async () => {
    const store = recordingStore('bad');
    const insert = createInsertBatcher(store.insertMany);
    const blocker = insert([row('first')]);
    const good = insert([row('good1')]);
    const bad = insert([row('bad')]);
    const good2 = insert([row('good2')]);
    await blocker;
    await expect(bad).rejects.toThrow('bad row bad');
    expect((await good)[0]?.event.id).toBe('good1');
    expect((await good2)[0]?.event.id).toBe('good2');
    expect(store.transactions.flat()).toEqual(['first', 'good1', 'good2']);
  });
});
