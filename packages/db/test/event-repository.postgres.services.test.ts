import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgencyRepository, createEventRepository, openDatabase, type DatabaseHandle } from '../src/index.ts';
import { createTempPostgresDatabase, type TempDatabase } from '../../../test/support/temp-postgres.ts';
import { eventRepositoryContract, newEvent } from './event-repository.contract.ts';

let temp: TempDatabase | undefined;
eventRepositoryContract(
  'PostgreSQL',
  async () => {
    temp = await createTempPostgresDatabase('repo');
    return openDatabase({ databaseUrl: temp.url, dataDir: '' });
  },
  async () => temp?.drop(),
);

describe('event insert racing another node (PostgreSQL)', () => {
  let race: TempDatabase;
  let handle: DatabaseHandle;
  let other: pg.Client;

  beforeAll(async () => {
    race = await createTempPostgresDatabase('insert_race');
    handle = await openDatabase({ databaseUrl: race.url, dataDir: '' });
    await createAgencyRepository(handle.db).upsertMany([
      { code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' },
      { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' },
    ]);
    other = new pg.Client({ connectionString: race.url });
    await other.connect();
  });
  afterAll(async () => {
    await other.end();
    await handle.close();
    await race.drop();
  });

  it("[STR-1] answers the other node's row, not an error or a second copy, when both store the same new id at once", async () => {
    const repo = createEventRepository(handle.db);
    const before = await repo.latestSeq();
    const shared = newEvent();
    // The other node holds the counter lock, so our statement takes its snapshot (no such id yet) and waits.
    await other.query('BEGIN');
    await other.query('SELECT value FROM event_sequence WHERE id = 1 FOR UPDATE');
    const ours = repo.insertMany([shared, newEvent()]);
    await waitUntilBlockedOnLock(other);
    // Then it stores the same id and commits: our insert meets it on the primary key.
    await other.query(
      `INSERT INTO events (id, seq, kind, title, summary, occurred_at, reported_at, received_at, owner_agency, tlp, recipients, sharing_groups, severity, subjects, status)
       VALUES ($1, $2, 'seizure', 'stored by the other node', '', now(), now(), now(), 'JCA', 'AMBER', '{CBP}', '{}', 3, '{"vessels":[],"containers":[],"organisations":[],"persons":[]}', 'new')`,
      [shared.id, before + 1],
    );
    await other.query('UPDATE event_sequence SET value = value + 1 WHERE id = 1');
    await other.query('COMMIT');
    const [copy, fresh] = await ours;
    expect(copy).toMatchObject({
      created: false,
      event: { id: shared.id, seq: before + 1, title: 'stored by the other node' },
    });
    expect(fresh).toMatchObject({ created: true, event: { seq: before + 2 } });
    expect(await repo.latestSeq()).toBe(before + 2);
  });
});

/** Waits until some other session of the database is waiting for a lock (ours, behind `holder`). */
async function waitUntilBlockedOnLock(holder: pg.Client): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await holder.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
    );
    if ((rows[0]?.n ?? 0) > 0) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the insert never waited for the counter lock');
}
