import { Agent, request } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmitAck } from '@tidewatch/contracts';
import { createTempPostgresDatabase, type TempDatabase } from '../../../test/support/temp-postgres.ts';
import { EventClient } from '../../../test/support/event-client.ts';
import { EXAMPLE_EVENT, startTestServer, testKey } from '../../../test/support/server.ts';
import { startServerProcess } from './support/server-process.ts';

let db: TempDatabase;
let direct: pg.Client;

beforeAll(async () => {
  db = await createTempPostgresDatabase('shutdown');
  direct = new pg.Client({ connectionString: db.url });
  await direct.connect();
});
afterAll(async () => {
  await direct?.end();
  await db?.drop();
});

/** A second connection holding the events table, so any insert waits behind it. */
async function lockEvents(): Promise<pg.Client> {
  const locker = new pg.Client({ connectionString: db.url });
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
  return locker;
}

interface HttpAnswer {
  status: number;
  retryAfter: string | undefined;
  body: { id?: string; error?: { code?: string } };
}

/** One request on a given keep-alive agent (so it can reuse a connection opened before the stop). */
function send(agent: Agent, url: string, method: string, path: string, body?: unknown): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, url),
      { method, agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${testKey('JCA')}` } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const retryAfter = res.headers['retry-after'];
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
            body: text ? (JSON.parse(text) as HttpAnswer['body']) : {},
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

async function storedWithTitle(title: string): Promise<number> {
  const { rows } = await direct.query<{ n: string }>('SELECT count(*) AS n FROM events WHERE title = $1', [title]);
  return Number(rows[0]?.n);
}

describe('stopping with a statement stuck behind a database lock', () => {
  it('[OPS-L2] while a write is stuck, a stopping node refuses new HTTP writes (503 + Retry-After) and socket writes (ack error), then closes sockets so clients reconnect elsewhere', async () => {
    const server = await startTestServer({ DATABASE_URL: db.url, SHUTDOWN_GRACE_MS: 4_000, SUMMARY_SCHEDULER: 'off' });
    const client = new EventClient(server.url);
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    const stuckAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    let locker: pg.Client | undefined;
    try {
      await new Promise<void>((resolve) => client.socket.once('hello', () => resolve()));
      expect((await send(keepAlive, server.url, 'GET', '/api/v1/events?limit=1')).status).toBe(200);
      locker = await lockEvents();
      const stuck = send(stuckAgent, server.url, 'POST', '/api/v1/events', {
        ...EXAMPLE_EVENT,
        title: 'stuck while stopping',
      });
      await new Promise((r) => setTimeout(r, 300));
      const disconnected = new Promise<string>((resolve) =>
        client.socket.once('disconnect', (reason) => resolve(reason)),
      );
      const closing = server.close();
      await new Promise((r) => setTimeout(r, 100));

      // Idle keep-alive connections are closed at the stop (the burst test in graceful-shutdown covers busy
      // ones, which get the 503): either way the write is refused, never acknowledged.
      const refused = await send(keepAlive, server.url, 'POST', '/api/v1/events', {
        ...EXAMPLE_EVENT,
        title: 'after the stop',
      }).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
      if (refused instanceof Error) expect(refused.message).toMatch(/ECONNREFUSED|ECONNRESET|socket hang up/);
      else {
        expect(refused).toMatchObject({ status: 503, body: { error: { code: 'unavailable' } } });
        expect(refused.retryAfter).toMatch(/^\d+$/);
      }
      const ack = await new Promise<SubmitAck>((resolve) =>
        client.socket.emit('event:submit', { ...EXAMPLE_EVENT, title: 'socket after the stop' }, resolve),
      );
      expect(ack).toMatchObject({ ok: false, error: { code: 'unavailable' } });

      await locker.query('ROLLBACK');
      const stuckAnswer = await stuck.catch(() => undefined);
      await closing;
      // Not an "io server disconnect" (which a client takes as final): the transport closed, so it reconnects.
      expect(await disconnected).toBe('transport close');
      expect(await storedWithTitle('after the stop')).toBe(0);
      expect(await storedWithTitle('socket after the stop')).toBe(0);
      if (stuckAnswer?.status === 201) expect(await storedWithTitle('stuck while stopping')).toBe(1);
    } finally {
      await locker?.end().catch(() => undefined);
      client.socket.close();
      keepAlive.destroy();
      stuckAgent.destroy();
      await server.close();
    }
  });

  it('[OPS-L2] after SIGTERM the process exits within the grace period + 1 s although a statement is stuck; nothing it acknowledged is lost', async () => {
    const GRACE_MS = 2_000;
    const server = await startServerProcess({
      DATABASE_URL: db.url,
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      SUMMARY_SCHEDULER: 'off',
    });
    const locker = await lockEvents();
    try {
      const agent = new Agent({ keepAlive: true });
      // The key was stored in this database by startTestServer in the test above.
      const stuck = send(agent, server.url, 'POST', '/api/v1/events', {
        ...EXAMPLE_EVENT,
        title: 'stuck at SIGTERM',
      }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      const termAt = performance.now();
      server.child.kill('SIGTERM');
      const { at } = await server.exited;
      const exitMs = at - termAt;
      expect(exitMs, server.log().slice(-2000)).toBeLessThan(GRACE_MS + 1_000);
      const answer = await stuck;
      agent.destroy();
      // Held past the server's client-connection check, which cancels a statement whose client is gone.
      await new Promise((r) => setTimeout(r, 1_500));
      await locker.query('ROLLBACK');
      await new Promise((r) => setTimeout(r, 300));
      // Acknowledged means stored; not acknowledged means not stored (its client gave up, OPS-L3).
      expect(await storedWithTitle('stuck at SIGTERM')).toBe(answer?.status === 201 ? 1 : 0);
      console.info(
        `[OPS-L2] stuck statement: exit ${Math.round(exitMs)} ms after SIGTERM (grace ${GRACE_MS} ms), stuck write answered ${answer?.status ?? 'no answer'}, stored ${await storedWithTitle('stuck at SIGTERM')}`,
      );
    } finally {
      await locker.end().catch(() => undefined);
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  });
});
