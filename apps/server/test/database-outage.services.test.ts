import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.ts';
import { startBlackHoleProxy, type BlackHoleProxy } from '../../../test/support/black-hole-proxy.ts';
import { createTempPostgresDatabase, type TempDatabase } from '../../../test/support/temp-postgres.ts';
import { EXAMPLE_EVENT, startTestServer, testKey } from '../../../test/support/server.ts';

const STATEMENT_TIMEOUT_MS = 1_000;
let db: TempDatabase;
let proxy: BlackHoleProxy;
let server: RunningServer;
let direct: pg.Client;

beforeAll(async () => {
  db = await createTempPostgresDatabase('outage');
  const target = new URL(db.url);
  proxy = await startBlackHoleProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const viaProxy = new URL(db.url);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  server = await startTestServer({
    DATABASE_URL: viaProxy.toString(),
    DATABASE_STATEMENT_TIMEOUT_MS: STATEMENT_TIMEOUT_MS,
    DATABASE_CONNECT_TIMEOUT_MS: 1_000,
    DATABASE_POOL_SIZE: 4,
    SUMMARY_SCHEDULER: 'off',
  });
  direct = new pg.Client({ connectionString: db.url });
  await direct.connect();
});

afterAll(async () => {
  await direct?.end();
  proxy?.blackHole(false);
  await server?.close();
  await proxy?.close();
  await db?.drop();
});

async function post(title: string): Promise<{ status: number; ms: number; retryAfter: string | null; code: unknown }> {
  const started = performance.now();
  const res = await fetch(`${server.url}/api/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${testKey('JCA')}` },
    body: JSON.stringify({ ...EXAMPLE_EVENT, title }),
  });
  const body = (await res.json()) as { error?: { code?: unknown } };
  return {
    status: res.status,
    ms: performance.now() - started,
    retryAfter: res.headers.get('retry-after'),
    code: body.error?.code,
  };
}

async function readyz(): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${server.url}/readyz`);
  return { status: res.status, ms: performance.now() - started };
}

async function storedWithTitle(title: string): Promise<number> {
  const { rows } = await direct.query<{ n: string }>('SELECT count(*) AS n FROM events WHERE title = $1', [title]);
  return Number(rows[0]?.n);
}

/** Posts until one is stored (the pool replaces what it lost); every answer on the way is a 201 or a 503. */
async function postUntilStored(title: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 20 && statuses.at(-1) !== 201; i++) {
    statuses.push((await post(`${title} ${i}`)).status);
    if (statuses.at(-1) !== 201) await new Promise((r) => setTimeout(r, 250));
  }
  return statuses;
}

describe('the database goes away', () => {
  it('[OPS-L3] connections terminated by the server: requests answer 201 or 503 (never 500) and the node recovers by itself', async () => {
    expect((await post('before the cut')).status).toBe(201);
    const dbName = new URL(db.url).pathname.slice(1);
    const killed = await direct.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [dbName],
    );
    expect(killed.rowCount).toBeGreaterThan(0);
    const statuses = await postUntilStored('after the cut');
    expect(statuses.every((s) => s === 201 || s === 503)).toBe(true);
    expect(statuses.at(-1)).toBe(201);
  });

  it('[OPS-L3] a write stuck behind a lock past the statement timeout answers 503 with Retry-After and never commits later; /readyz answers within a second', async () => {
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
      const [write, probe] = await Promise.all([post('stuck behind a lock'), readyz()]);
      expect(write).toMatchObject({ status: 503, code: 'unavailable' });
      expect(write.retryAfter).toMatch(/^\d+$/);
      expect(write.ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 3_000);
      // The database itself still answers (the lock is on one table), so only the time is bounded here.
      expect(probe.ms).toBeLessThan(1_000);
      await locker.query('ROLLBACK');
    } finally {
      await locker.end();
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(await storedWithTitle('stuck behind a lock')).toBe(0);
    expect((await postUntilStored('after the lock')).at(-1)).toBe(201);
  });

  it('[OPS-L3] a black-holed network: writes and reads answer 503 within the timeouts, /readyz within a second, and the node recovers when packets flow again', async () => {
    proxy.blackHole(true);
    try {
      const [write, probe] = await Promise.all([post('into the black hole'), readyz()]);
      expect(write).toMatchObject({ status: 503, code: 'unavailable' });
      expect(write.retryAfter).toMatch(/^\d+$/);
      expect(write.ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 4_000);
      expect(probe).toMatchObject({ status: 503 });
      expect(probe.ms).toBeLessThan(1_000);
      const read = await fetch(`${server.url}/api/v1/events?limit=5`, {
        headers: { authorization: `Bearer ${testKey('JCA')}` },
      });
      expect(read.status).toBe(503);
    } finally {
      proxy.blackHole(false);
    }
    const statuses = await postUntilStored('after the black hole');
    expect(statuses.every((s) => s === 201 || s === 503)).toBe(true);
    expect(statuses.at(-1)).toBe(201);
    expect((await readyz()).status).toBe(200);
  });
});
