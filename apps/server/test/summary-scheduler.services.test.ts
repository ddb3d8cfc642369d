import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestDueDate, summaryPeriod } from '@tidewatch/domain';
import type { RunningServer } from '../src/index.ts';
import { createTempPostgresDatabase, type TempDatabase } from '../../../test/support/temp-postgres.ts';
import { postEvent, startTestServer } from '../../../test/support/server.ts';

let db: TempDatabase;
let a: RunningServer;
let b: RunningServer;

beforeAll(async () => {
  db = await createTempPostgresDatabase('summary_scheduler');
  a = await startTestServer({ DATABASE_URL: db.url, SUMMARY_SCHEDULER: 'off', NODE_ID: 'a' });
  b = await startTestServer({ DATABASE_URL: db.url, SUMMARY_SCHEDULER: 'off', NODE_ID: 'b' });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await db?.drop();
});

describe('the summary scheduler on two nodes sharing PostgreSQL', () => {
  it("stores each agency's summary of the day once, whichever node gets there first", async () => {
    const date = latestDueDate(new Date(), 6, 'America/Jamaica');
    const { start } = summaryPeriod(date, 6, 'America/Jamaica');
    const posted = await postEvent(a.url, {
      kind: 'seizure',
      title: 'Cocaine in a go-fast at Morant Bay',
      occurredAt: new Date(start.getTime() + 3_600_000).toISOString(),
      ownerAgency: 'JCA',
      releasability: { tlp: 'GREEN' },
      severity: 4,
      seizure: { commodity: 'cocaine', quantity: 120, unit: 'kg' },
    });
    expect(posted.status).toBe(201);
    const runs = await Promise.all([
      a.summaries.scheduler.runOnce(),
      b.summaries.scheduler.runOnce(),
      a.summaries.scheduler.runOnce(),
      b.summaries.scheduler.runOnce(),
    ]);
    const generated = runs.flatMap((r) => r.generated).sort();
    expect(generated).toEqual(['CBP', 'IMPACS', 'JCA', 'JCF', 'USCG']);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const rows = await client.query<{ agency: string; n: number }>(
        'SELECT agency, count(*)::int AS n FROM daily_summaries WHERE summary_date = $1 GROUP BY agency ORDER BY agency',
        [date],
      );
      expect(rows.rows).toEqual(['CBP', 'IMPACS', 'JCA', 'JCF', 'USCG'].map((agency) => ({ agency, n: 1 })));
    } finally {
      await client.end();
    }
  });
});
