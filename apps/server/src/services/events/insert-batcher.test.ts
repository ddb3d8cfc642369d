import { describe, expect, it } from 'vitest';
import type { CreateAuditRows, InsertResult, NewAuditRow, NewEvent } from '@tidewatch/db';
import { ManualTime } from '../../time/manual-time.ts';
import { createInsertBatcher } from './insert-batcher.ts';

function row(id: string): NewEvent {
  return { id } as NewEvent;
}

/**
 * A stand-in store that records each transaction's rows; the real store is covered by the repository contract.
 * A transaction takes 5 ms of `time`: it ends when the test advances past it, so "while a transaction runs" is
 * a state the test holds, not a race it hopes to win.
 */
function recordingStore(time: ManualTime, failOn?: string) {
  const transactions: string[][] = [];
  const started: string[][] = [];
  let seq = 0;
  const insertMany = async (rows: NewEvent[]): Promise<InsertResult[]> => {
    started.push(rows.map((r) => r.id));
    await new Promise<void>((resolve) => time.setTimeout(resolve, 5));
    if (failOn && rows.some((r) => r.id === failOn)) throw new Error(`bad row ${failOn}`);
    transactions.push(rows.map((r) => r.id));
    return rows.map((r) => ({ created: true, event: { id: r.id, seq: ++seq } as InsertResult['event'] }));
  };
  return { transactions, started, insertMany };
}

/** One turn of the event loop: the batcher starts a transaction on setImmediate. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('insert batcher (group commit)', () => {
  it('groups writes that arrive in the same tick, and those that arrive while a transaction runs', async () => {
    const time = new ManualTime();
    const store = recordingStore(time);
    const insert = createInsertBatcher(store.insertMany);
    const sameTick = ['a', 'b'].map((id) => insert([row(id)]));
    await nextTurn();
    expect(store.started).toEqual([['a', 'b']]);
    const duringTransaction = ['c', 'd'].map((id) => insert([row(id)]));
    await time.advance(10);
    const results = await Promise.all([...sameTick, ...duringTransaction]);
    expect(store.transactions).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(results.map((r) => r[0]?.event.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sends a lone write without waiting for company', async () => {
    const time = new ManualTime();
    const store = recordingStore(time);
    const insert = createInsertBatcher(store.insertMany);
    const alone = insert([row('alone')]);
    // Started with no time passing: nothing waits for other writes to join.
    await nextTurn();
    expect(store.started).toEqual([['alone']]);
    await time.advance(5);
    await alone;
    expect(store.transactions).toEqual([['alone']]);
  });

  it('isolates a failing write: the others in its batch are still stored', async () => {
    const time = new ManualTime();
    const store = recordingStore(time, 'bad');
    const insert = createInsertBatcher(store.insertMany);
    const blocker = insert([row('first')]);
    const good = insert([row('good1')]);
    const bad = insert([row('bad')]);
    const good2 = insert([row('good2')]);
    bad.catch(() => undefined);
    await time.advance(100);
    await blocker;
    await expect(bad).rejects.toThrow('bad row bad');
    expect((await good)[0]?.event.id).toBe('good1');
    expect((await good2)[0]?.event.id).toBe('good2');
    expect(store.transactions.flat()).toEqual(['first', 'good1', 'good2']);
  });

  it('[AUD-3] retries a submission whose audit detail the database refuses with who, what and when only', async () => {
    const audited: NewAuditRow[][] = [];
    // Refuses as PostgreSQL does a value it cannot store (SQLSTATE 22P05), whatever the events are.
    const insertMany = async (rows: NewEvent[], createAudit?: CreateAuditRows): Promise<InsertResult[]> => {
      const auditRows = [...(createAudit?.values() ?? [])];
      if (auditRows.some((r) => r.detail?.unstorable === true))
        throw Object.assign(new Error('refused'), { code: '22P05' });
      audited.push(auditRows);
      return rows.map((r, i) => ({ created: true, event: { id: r.id, seq: i + 1 } as InsertResult['event'] }));
    };
    const insert = createInsertBatcher(insertMany);
    const auditOf = (id: string, detail: Record<string, unknown>) =>
      new Map([
        [
          id,
          {
            at: '2026-12-07T00:00:00Z',
            actorKind: 'user',
            action: 'event.create',
            outcome: 'success',
            targetId: id,
            detail,
          },
        ],
      ]);
    const [result] = await insert([row('odd')], auditOf('odd', { unstorable: true }));
    expect(result?.created).toBe(true);
    expect(audited).toHaveLength(1);
    expect(audited[0]?.[0]).toMatchObject({
      targetId: 'odd',
      action: 'event.create',
      detail: { _unstorable: expect.stringContaining('22P05') },
    });
  });
});
