import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TLP_LEVELS, type EventPage } from '@tidewatch/contracts';
import type { NewEvent } from '@tidewatch/db';
import type { RunningServer } from '@tidewatch/server';
import { EventClient } from './support/event-client.ts';
import { oracleMayRead, type OracleItem } from './support/releasability-oracle.ts';
import { createTempPostgresDatabase, type TempDatabase } from './support/temp-postgres.ts';
import { getJson, startTestServer, TEST_AGENCIES, TEST_GROUPS, testKey } from './support/server.ts';

/**
 * 10,000 random releasabilities stored once, then read by every agency over REST (node A) and over the
 * Socket.IO resume replay (node B) of a two-node deployment on PostgreSQL + Redis, against the oracle.
 */
const POLICIES = 10_000;
const AGENCIES = TEST_AGENCIES.map((a) => a.code);
const GROUPS = new Map(TEST_GROUPS.map((g) => [g.code, g.members]));
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS_STREAM = `tidewatch-random-${process.pid}-${Date.now()}`;

let database: TempDatabase;
let nodeA: RunningServer;
let nodeB: RunningServer;
const stored = new Map<string, OracleItem>();

beforeAll(async () => {
  database = await createTempPostgresDatabase('random');
  [nodeA, nodeB] = await Promise.all([
    startTestServer({ DATABASE_URL: database.url, REDIS_URL, REDIS_STREAM, NODE_ID: 'a' }),
    startTestServer({ DATABASE_URL: database.url, REDIS_URL, REDIS_STREAM, NODE_ID: 'b' }),
  ]);
  const policies = fc.sample(
    fc.record({
      owner: fc.constantFrom(...AGENCIES),
      tlp: fc.constantFrom(...TLP_LEVELS),
      recipients: fc.uniqueArray(fc.constantFrom(...AGENCIES), { maxLength: 3 }),
      groups: fc.uniqueArray(fc.constantFrom(...GROUPS.keys()), { maxLength: 1 }),
    }),
    { numRuns: POLICIES, seed: 20261129 },
  );
  const now = new Date().toISOString();
  const rows: NewEvent[] = policies.map((p) => {
    const id = randomUUID();
    stored.set(id, p);
    return {
      id,
      kind: 'sighting_report',
      title: 'random policy',
      summary: '',
      occurredAt: now,
      reportedAt: now,
      receivedAt: now,
      ownerAgency: p.owner,
      tlp: p.tlp,
      recipients: [...p.recipients],
      sharingGroups: [...p.groups],
      severity: 1,
      subjects: { vessels: [], containers: [], organisations: [], persons: [] },
      status: 'new',
      stixIds: [],
    };
  });
  for (let i = 0; i < rows.length; i += 2000) await nodeA.ctx.events.insertMany(rows.slice(i, i + 2000));
}, 180_000);

afterAll(async () => {
  await Promise.all([nodeA?.close(), nodeB?.close()]);
  await database?.drop();
});

const expectedFor = (viewer: string) =>
  new Set([...stored].filter(([, item]) => oracleMayRead(viewer, GROUPS, item)).map(([id]) => id));

describe('10,000 random policies on two nodes', () => {
  it.each(AGENCIES)(
    '[REL-1..REL-4][REL-9] %s reads exactly the allowed events over REST (node A)',
    async (viewer) => {
      const seen = new Set<string>();
      let cursor: string | null = null;
      do {
        const page: { json: EventPage } = await getJson<EventPage>(
          nodeA.url,
          `/api/v1/events?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
          { agency: viewer },
        );
        for (const e of page.json.items) seen.add(e.id);
        cursor = page.json.nextCursor;
      } while (cursor);
      expect(seen).toEqual(expectedFor(viewer));
    },
    120_000,
  );

  it.each(AGENCIES)(
    '[REL-9][STR-2] %s receives exactly the allowed events over the Socket.IO replay (node B)',
    async (viewer) => {
      const client = new EventClient(nodeB.url, 0, testKey(viewer));
      try {
        await client.waitFor(() => client.syncCount >= 1, 60_000, 'replay of 10,000 policies');
        const ids = client.received.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(expectedFor(viewer));
      } finally {
        client.close();
      }
    },
    120_000,
  );
});
