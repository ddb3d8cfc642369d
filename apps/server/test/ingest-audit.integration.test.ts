import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  createAgencyRepository,
  createEventRepository,
  openDatabase,
  type DatabaseHandle,
  type NewAuditRow,
} from '@tidewatch/db';
import { createAuditRow, newEvent } from '../../../packages/db/test/event-repository.contract.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { createInsertBatcher } from '../src/services/events/insert-batcher.ts';

/**
 * The group-committed insert path on a real embedded database: several submissions share one statement, and
 * each created event's audit row commits with it (FAULT-2), cleaned, with a refused row failing only its own
 * submission (AUD-3).
 */
describe('event insert batcher with create audit rows (PGlite)', () => {
  const dir = createTempDir('ingest-audit');
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openDatabase({ dataDir: dir.path });
    await createAgencyRepository(handle.db).upsertMany([
      { code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' },
      { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' },
    ]);
  });
  afterAll(async () => {
    await handle.close();
    dir.remove();
  });

  async function createRowsOf(ids: readonly string[]) {
    const result = await handle.db.execute(
      sql`SELECT target_id, actor_name, detail FROM audit_log WHERE action = 'event.create' AND target_id IN ${ids}`,
    );
    return (result as { rows: { target_id: string; actor_name: string; detail: Record<string, unknown> }[] }).rows;
  }

  it('[AUD-3] a batch with a NUL, an over-long value and a refused audit row stores every other event with its row', async () => {
    const insert = createInsertBatcher(createEventRepository(handle.db).insertMany);
    const events = createEventRepository(handle.db);
    const before = await events.latestSeq();
    const [plain, dirty, refused, last] = [newEvent(), newEvent(), newEvent(), newEvent()];
    const single = (id: string, overrides: Partial<NewAuditRow> = {}) => new Map([[id, createAuditRow(id, overrides)]]);
    // Submitted in one turn of the event loop, so they share a transaction until the refused row sinks it.
    const submissions = [
      insert([plain], single(plain.id)),
      insert([dirty], single(dirty.id, { actorName: `${'\u0000'}x`, detail: { q: 'y'.repeat(50_000) } })),
      insert([refused], single(refused.id, { at: '0000-01-01T00:00:00Z' })),
      insert([last], single(last.id)),
    ];
    const outcomes = await Promise.allSettled(submissions);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(await events.getById(refused.id)).toBeUndefined();
    const rows = await createRowsOf([plain.id, dirty.id, refused.id, last.id]);
    expect(rows.map((r) => r.target_id).sort()).toEqual([plain.id, dirty.id, last.id].sort());
    const dirtyRow = rows.find((r) => r.target_id === dirty.id);
    expect(dirtyRow?.actor_name).toBe('\u2400x');
    expect(dirtyRow?.detail._cleaned).toEqual(expect.arrayContaining(['actorName', 'detail.q']));
    // The refused submission gave its number back: seq stays gap-free (STR-1).
    expect(await events.latestSeq()).toBe(before + 3);
  });

  it('[FAULT-2] an id submitted twice in one batch is audited once, by the submission that created it', async () => {
    const insert = createInsertBatcher(createEventRepository(handle.db).insertMany);
    const shared = newEvent();
    const [first, second] = await Promise.all([
      insert([shared], new Map([[shared.id, createAuditRow(shared.id, { actorName: 'first' })]])),
      insert([shared], new Map([[shared.id, createAuditRow(shared.id, { actorName: 'second' })]])),
    ]);
    expect([first?.[0]?.created, second?.[0]?.created]).toEqual([true, false]);
    const rows = await createRowsOf([shared.id]);
    expect(rows.map((r) => r.actor_name)).toEqual(['first']);
  });
});
