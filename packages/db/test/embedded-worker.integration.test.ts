import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle, type EmbeddedThread } from '../src/index.ts';
import { connectWorker } from '../src/embedded/worker-client.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';

/**
 * Embedded PGlite runs in a worker thread by default (src/embedded). The worker must give what PGlite
 * in-process gives: transactions that commit or roll back whole, statements from outside a transaction that
 * never land inside it, PostgreSQL's error fields intact. Both threads run the same assertions; then the
 * reason for the worker: the event loop keeps running while a statement does, where in-process it cannot.
 */
describe.each<EmbeddedThread>(['worker', 'main'])('embedded PGlite on the %s thread', (thread) => {
  const dir = createTempDir(`embedded-${thread}`);
  let handle: DatabaseHandle;

  async function probeCount(): Promise<number> {
    const result = (await handle.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM thread_probe`)) as {
      rows: { n: number }[];
    };
    return result.rows[0]?.n ?? Number.NaN;
  }

  beforeAll(async () => {
    handle = await openDatabase({ dataDir: dir.path, embeddedThread: thread });
    await handle.db.execute(sql`CREATE TABLE thread_probe (n int PRIMARY KEY)`);
  });

  afterAll(async () => {
    await handle.close();
    dir.remove();
  });

  it('[MEM-1] runs with the small caches that keep the server inside its memory budget', async () => {
    const setting = async (name: string): Promise<string> => {
      const result = (await handle.db.execute<{ setting: string }>(
        sql`SELECT current_setting(${name}) AS setting`,
      )) as { rows: { setting: string }[] };
      return result.rows[0]?.setting ?? '';
    };
    expect(await setting('shared_buffers')).toBe('16MB');
    expect(await setting('maintenance_work_mem')).toBe('16MB');
    expect(await setting('temp_buffers')).toBe('2MB');
    expect(await setting('work_mem')).toBe('4MB');
    // PGlite's own start parameters are kept beside ours (replacing the list would drop them).
    expect(await setting('search_path')).toBe('public');
  });

  it('commits a transaction whole, and rolls one back whole when it throws', async () => {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO thread_probe VALUES (1), (2)`);
    });
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO thread_probe VALUES (3)`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await probeCount()).toBe(2);
  });

  it('a statement sent while a transaction is open runs after it, never inside it', async () => {
    let insideDone: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => (insideDone = resolve));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO thread_probe VALUES (10)`);
        insideDone();
        await held;
        tx.rollback();
      })
      .catch(() => 'rolled back');
    await inside;
    // Sent while the transaction holds an uncommitted row: inside it, this would count that row.
    const outside = probeCount();
    release();
    expect(await transaction).toBe('rolled back');
    expect(await outside).toBe(2);
  });

  it('keeps PostgreSQL error fields (SQLSTATE, constraint)', async () => {
    const failure = await handle.db.execute(sql`INSERT INTO thread_probe VALUES (1)`).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).cause).toMatchObject({ code: '23505', constraint: 'thread_probe_pkey' });
  });

  it(
    thread === 'worker'
      ? 'keeps the event loop free while a statement runs'
      : 'holds the event loop while a statement runs',
    async () => {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 10);
      try {
        await handle.db.execute(sql`SELECT pg_sleep(1)`);
      } finally {
        clearInterval(timer);
      }
      // About a second inside PGlite: 100 ticks were due. In-process, none can fire until it returns.
      if (thread === 'worker') expect(ticks).toBeGreaterThan(10);
      else expect(ticks).toBeLessThan(3);
    },
  );
});

describe('embedded PGlite worker that has stopped', () => {
  it('fails calls made after close instead of leaving them waiting, and close is no crash', async () => {
    const dir = createTempDir('embedded-worker-closed');
    const stops: Error[] = [];
    try {
      const handle = await openDatabase({ dataDir: dir.path, onEmbeddedStopped: (err) => stops.push(err) });
      await handle.close();
      const failure = await handle.db.execute(sql`SELECT 1`).catch((err: unknown) => err);
      expect((failure as Error).cause).toMatchObject({
        message: expect.stringMatching(/embedded database worker has stopped/),
      });
      expect(stops).toEqual([]);
    } finally {
      dir.remove();
    }
  });

  it('a worker that dies fails the call under way and every later one, and reports the crash once', async () => {
    // A crash inside PGlite cannot be caused on purpose, so a stand-in worker starts as the real one does,
    // then ends on the first statement it is sent.
    const crashing = new Worker(
      `const { parentPort } = require('node:worker_threads');
       parentPort.postMessage({ ready: true });
       parentPort.once('message', () => process.exit(7));`,
      { eval: true },
    );
    const stops: Error[] = [];
    const client = await connectWorker(crashing, (err) => stops.push(err));
    await expect(client.query('SELECT 1')).rejects.toThrow('embedded database worker has stopped (exit code 7)');
    await expect(client.transaction(async () => 'never')).rejects.toThrow(
      'embedded database worker has stopped (exit code 7)',
    );
    expect(stops.map((err) => err.message)).toEqual(['embedded database worker has stopped (exit code 7)']);
  });
});
