import { afterAll, beforeAll, describe } from 'vitest';
import type { RunningServer } from '../src/index.ts';
import { createTempPostgresDatabase, type TempDatabase } from '../../../test/support/temp-postgres.ts';
import { startTestServer } from '../../../test/support/server.ts';
import { loadSeizureFixture, seizureTrendSuite } from './support/seizure-trend-fixture.ts';

let db: TempDatabase;
let server: RunningServer;
let ids = new Map<string, string>();

beforeAll(async () => {
  db = await createTempPostgresDatabase('trends');
  server = await startTestServer({ DATABASE_URL: db.url, SUMMARY_SCHEDULER: 'off' });
  ids = await loadSeizureFixture(server.url);
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('seizure trends on PostgreSQL (the same hand-computed fixture)', () => {
  seizureTrendSuite(
    () => server,
    () => ids,
  );
});
