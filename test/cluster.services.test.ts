import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSentences } from '@tidewatch/ais';
import type { RunningServer } from '@tidewatch/server';
import { EventClient } from './support/event-client.ts';
import { createTempPostgresDatabase, type TempDatabase } from './support/temp-postgres.ts';
import { EXAMPLE_EVENT, getJson, postEvent, startTestServer, testKey } from './support/server.ts';
import { sha256 } from '../apps/server/src/auth/tokens.ts';
import { login } from './support/session.ts';
import { ManualTime } from '../apps/server/src/time/manual-time.ts';
import { FEED_STATS_INTERVAL_MS } from '../apps/server/src/vessels/vessel-gateway.ts';
import { RELAY_EVERY_MS } from '../apps/server/src/vessels/vessel-relay.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// A stream of this run's own, so a developer's running cluster on the same Redis cannot feed these nodes.
const REDIS_STREAM = `tidewatch-test-${process.pid}-${Date.now()}`;

/** Node A's timers (vessel relay, feed reports): they run when a test advances them, not on their own. */
const timersA = new ManualTime();
let database: TempDatabase;
let nodeA: RunningServer;
let nodeB: RunningServer;

beforeAll(async () => {
  database = await createTempPostgresDatabase('cluster');
  // Both nodes start together on an empty database: the migration lock must let only one apply migrations.
  [nodeA, nodeB] = await Promise.all([
    startTestServer(
      { DATABASE_URL: database.url, REDIS_URL, REDIS_STREAM, NODE_ID: 'node-a', AIS_FEEDS: 'http' },
      { scheduler: timersA },
    ),
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
      const posts = Array.from({ length: 40 }, (_, i) =>
        postEvent(i % 2 === 0 ? nodeA.url : nodeB.url, { ...EXAMPLE_EVENT, title: `burst ${i}` }),
      );
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

  it("[REL-3][REL-9] across nodes an AMBER event reaches the recipient's socket and never another agency's", async () => {
    const cbpOnB = new EventClient(nodeB.url, undefined, testKey('CBP'));
    const uscgOnB = new EventClient(nodeB.url, undefined, testKey('USCG'));
    try {
      await Promise.all([cbpOnB.waitForSynced(), uscgOnB.waitForSynced()]);
      const secret = await postEvent(nodeA.url, { ...EXAMPLE_EVENT, title: 'amber to CBP' });
      const open = await postEvent(nodeA.url, {
        ...EXAMPLE_EVENT,
        title: 'green to all',
        releasability: { tlp: 'GREEN', recipients: [] },
      });
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
    const admin = await login(nodeA.url, 'jcf.admin');
    const created = (
      await admin.request('/api/v1/admin/api-keys', {
        method: 'POST',
        body: { agency: 'JCF', name: 'cross-node', kind: 'device' },
      })
    ).json as { id: string; secret: string };
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

  it("shows a vessel heard by node A's feed to a client of node B", async () => {
    const feedKey = 'tw_key_test_cluster_feed_0123456789';
    await nodeA.ctx.apiKeys.upsertByHash({
      agencyCode: 'JCA',
      kind: 'api',
      name: 'receiver',
      prefix: 'tw_key_test',
      keyHash: sha256(feedKey),
      scopes: ['feeds:write'],
    });
    const mmsi = 339777001;
    const nmea = encodeSentences(
      {
        type: 1,
        repeat: 0,
        mmsi,
        navStatus: 0,
        turn: 0,
        rateOfTurn: 0,
        speed: 11.5,
        accuracy: false,
        lon: -76.9,
        lat: 17.6,
        course: 90,
        heading: 91,
        second: 0,
        maneuver: 0,
        raim: false,
        radio: 0,
      },
      { channel: 'A', seqId: 1 },
    ).join('\n');
    const res = await fetch(`${nodeA.url}/api/v1/feeds/http/nmea`, {
      method: 'POST',
      headers: { authorization: `Bearer ${feedKey}`, 'content-type': 'text/plain' },
      body: nmea,
    });
    expect(res.status).toBeLessThan(300);
    // Node A relays what its feeds heard on its next relay tick; the rest is Redis carrying it to node B.
    await timersA.advance(RELAY_EVERY_MS);
    const cardOnB = async () =>
      getJson<{ lat?: number; lon?: number }>(nodeB.url, `/api/v1/vessels/${mmsi}`, { agency: 'CBP' });
    const deadline = Date.now() + 5000;
    let card = await cardOnB();
    while (card.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      card = await cardOnB();
    }
    expect(card.status).toBe(200);
    expect(JSON.stringify(card.json)).toContain('17.6');
    // Node B does not store the relayed point again (VES-10); the track's primary key would absorb it anyway.
  });

  it('[INT-3] a flag declared by an event committed on node B reaches node A, whose feed hears the vessel', async () => {
    const feedKey = 'tw_key_test_cluster_flags_0123456789';
    await nodeA.ctx.apiKeys.upsertByHash({
      agencyCode: 'JCA',
      kind: 'api',
      name: 'flags receiver',
      prefix: 'tw_key_test',
      keyHash: sha256(feedKey),
      scopes: ['feeds:write'],
    });
    const mmsi = 366_777_002;
    const posted = await postEvent(
      nodeB.url,
      {
        kind: 'sighting_report',
        title: 'Freighter off Morant Point',
        occurredAt: new Date().toISOString(),
        ownerAgency: 'USCG',
        releasability: { tlp: 'GREEN' },
        severity: 2,
        subjects: { vessels: [{ mmsi: String(mmsi), flag: 'BZ' }] },
      },
      { agency: 'USCG' },
    );
    expect(posted.status).toBe(201);
    // Node A learns of the event only through the cluster; give its stream a moment, then let its feed hear the vessel.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const nmea = encodeSentences(
      {
        type: 1,
        repeat: 0,
        mmsi,
        navStatus: 0,
        turn: 0,
        rateOfTurn: 0,
        speed: 9,
        accuracy: false,
        lon: -76.5,
        lat: 17.7,
        course: 90,
        heading: 91,
        second: 0,
        maneuver: 0,
        raim: false,
        radio: 0,
      },
      { channel: 'A', seqId: 1 },
    ).join('\n');
    const res = await fetch(`${nodeA.url}/api/v1/feeds/http/nmea`, {
      method: 'POST',
      headers: { authorization: `Bearer ${feedKey}`, 'content-type': 'text/plain' },
      body: nmea,
    });
    expect(res.status).toBeLessThan(300);
    const alertsOnA = async () =>
      getJson<{ parameters: Record<string, unknown> }[]>(
        nodeA.url,
        `/api/v1/alerts?mmsi=${mmsi}&type=identity_anomaly`,
        { agency: 'JCA' },
      );
    const deadline = Date.now() + 10_000;
    let alerts = await alertsOnA();
    while (alerts.json.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      alerts = await alertsOnA();
    }
    expect(alerts.json.map((a) => a.parameters)).toEqual([
      expect.objectContaining({ anomaly: 'mid_flag_mismatch', midFlag: 'US', declaredFlag: 'BZ', declaredIn: 'event' }),
    ]);
  });

  it("[INT-4] every node lists every node's AIS feeds, each named with its node", async () => {
    const listed = async () =>
      (
        await getJson<{ feeds: { node: string; name: string; kind: string }[] }>(nodeB.url, '/api/v1/feeds', {
          agency: 'CBP',
        })
      ).json.feeds;
    const deadline = Date.now() + 8000;
    let feeds = await listed();
    while (!feeds.some((f) => f.node === 'node-a') && Date.now() < deadline) {
      // Node A reports its feeds on each statistics tick (node B may have missed the one sent at start-up).
      await timersA.advance(FEED_STATS_INTERVAL_MS);
      await new Promise((resolve) => setTimeout(resolve, 200));
      feeds = await listed();
    }
    // Node A runs the HTTP feed; node B none of its own, yet its operators see A's.
    expect(feeds).toEqual([expect.objectContaining({ node: 'node-a', name: 'http', kind: 'http' })]);
    const onA = (
      await getJson<{ feeds: { node: string; name: string }[] }>(nodeA.url, '/api/v1/feeds', { agency: 'CBP' })
    ).json.feeds;
    expect(onA.map((f) => `${f.node}/${f.name}`)).toEqual(['node-a/http']);
  });

  it('reports ready with PostgreSQL and Redis both answering', async () => {
    const res = await fetch(`${nodeB.url}/readyz`);
    expect(await res.json()).toMatchObject({
      status: 'ready',
      checks: [
        { name: 'startup', ok: true },
        { name: 'database', ok: true },
        { name: 'redis', ok: true },
      ],
    });
  });
});
