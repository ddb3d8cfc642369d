import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@tidewatch/server';
import { EventClient } from './support/event-client.ts';
import { createTempPostgresDatabase, type TempDatabase } from './support/temp-postgres.ts';
import { EXAMPLE_EVENT, postEvent, startTestServer, testKey } from './support/server.ts';
import { login } from './support/session.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// A stream of this run's own, so a developer's running cluster on the same Redis cannot feed these nodes.
const REDIS_STREAM = `tidewatch-test-${process.pid}-${Date.now()}`;

let database: TempDatabase;
let nodeA: RunningServer;
let nodeB: RunningServer;

beforeAll(async () => {
  database = await createTempPostgresDatabase('cluster');
  // Both nodes start together on an empty database: the migration lock must let only one apply migrations.
  [nodeA, nodeB] = await Promise.all([
    startTestServer({ DATABASE_URL: database.url, REDIS_URL, REDIS_STREAM, NODE_ID: 'node-a' }),
    startTestServer({ DATABASE_URL: database.url, REDIS_URL, REDIS_STREAM, NODE_ID: 'node-b' }),
  ]);
});

afterAll(async () => {
  await Promise.all([nodeA?.close(), nodeB?.close()]);
  await database?.drop();
});

describe('two server nodes with PostgreSQL and Redis', () => {
  it('delivers an event posted to node A to a client of node B, and to a client of node A', async () => {
    const onB = new EventClient(nodeB.url);
    const onA = new EventClient(nodeA.url);
    try {
      await Promise.all([onB.waitForSynced(), onA.waitForSynced()]);
      const posted = await postEvent(nodeA.url, { ...EXAMPLE_EVENT, title: 'cross-node' });
      expect(posted.status).toBe(201);
      await onB.waitFor(() => onB.received.some((e) => e.id === posted.json.id), 5000, 'cross-node delivery');
      await onA.waitFor(() => onA.received.some((e) => e.id === posted.json.id), 5000, 'local delivery');
    } finally {
      onA.close();
      onB.close();
    }
  });

  it('keeps every client in seq order, once, when both nodes take writes at the same time', async () => {
    const onB = new EventClient(nodeB.url);
    const onA = new EventClient(nodeA.url);
    try {
      await Promise.all([onB.waitForSynced(), onA.waitForSynced()]);
      const start = onA.lastSeq;
      const posts = Array.from({ length: 40 }, (_, i) => postEvent(i % 2 === 0 ? nodeA.url : nodeB.url, { ...EXAMPLE_EVENT, title: `burst ${i}` }));
      await Promise.all(posts);
      const expected = Array.from({ length: 40 }, (_, i) => start + 1 + i);
      for (const client of [onA, onB]) {
        await client.waitFor(() => client.lastSeq >= start + 40, 10_000, 'burst');
        expect(client.received.map((e) => e.seq)).toEqual(expected);
      }
    } finally {
      onA.close();
      onB.close();
    }
  });

  it('resumes with since on another node after the first one is gone', async () => {
    const client = new EventClient(nodeA.url);
    await client.waitForSynced();
    const first = await postEvent(nodeA.url, { ...EXAMPLE_EVENT, title: 'before failover' });
    await client.waitFor(() => client.lastSeq === first.json.seq);
    client.close();
    const missed = await postEvent(nodeB.url, { ...EXAMPLE_EVENT, title: 'while away' });
    const resumed = new EventClient(nodeB.url, client.lastSeq);
    try {
      await resumed.waitForSynced();
      expect(resumed.received.map((e) => e.id)).toEqual([missed.json.id]);
    } finally {
      resumed.close();
    }
  });

  it('[REL-3][REL-9] across nodes an AMBER event reaches the recipient\'s socket and never another agency\'s', async () => {
    const cbpOnB = new EventClient(nodeB.url, undefined, testKey('CBP'));
    const uscgOnB = new EventClient(nodeB.url, undefined, testKey('USCG'));
    try {
      await Promise.all([cbpOnB.waitForSynced(), uscgOnB.waitForSynced()]);
      const secret = await postEvent(nodeA.url, { ...EXAMPLE_EVENT, title: 'amber to CBP' });
      const open = await postEvent(nodeA.url, { ...EXAMPLE_EVENT, title: 'green to all', releasability: { tlp: 'GREEN', recipients: [] } });
      await cbpOnB.waitFor(() => cbpOnB.received.some((e) => e.id === open.json.id), 5000, 'CBP gets both');
      await uscgOnB.waitFor(() => uscgOnB.received.some((e) => e.id === open.json.id), 5000, 'USCG gets the green one');
      expect(cbpOnB.received.map((e) => e.id)).toEqual([secret.json.id, open.json.id]);
      expect(uscgOnB.received.map((e) => e.id)).toEqual([open.json.id]);
    } finally {
      cbpOnB.close();
      uscgOnB.close();
    }
  });

  it('[REL-10] revoking a key on node A disconnects its socket on node B', async () => {
    const admin = await login(nodeA.url, 'impacs.admin');
    const created = (await admin.request('/api/v1/admin/api-keys', { method: 'POST', body: { agency: 'JCF', name: 'cross-node', kind: 'device' } })).json as { id: string; secret: string };
    const onB = new EventClient(nodeB.url, undefined, created.secret);
    try {
      await onB.waitForSynced();
      const gone = new Promise<string>((resolve) => onB.socket.on('disconnect', (reason) => resolve(reason)));
      expect((await admin.request(`/api/v1/admin/api-keys/${created.id}`, { method: 'DELETE' })).status).toBe(200);
      expect(await gone).toBe('io server disconnect');
    } finally {
      onB.close();
    }
  });

  it('reports ready with PostgreSQL and Redis both answering', async () => {
    const res = await fetch(`${nodeB.url}/readyz`);
    expect(await res.json()).toMatchObject({ status: 'ready', checks: [{ name: 'database', ok: true }, { name: 'redis', ok: true }] });
  });
});
