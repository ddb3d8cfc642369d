import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidV7 } from '@tidewatch/domain';
import type { Annotation, EventPage, Tlp } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { EventClient } from './support/event-client.ts';
import { oracleMayRead, type OracleItem } from './support/releasability-oracle.ts';
import { createTempDir } from './support/temp-dir.ts';
import { login, type UserSession } from './support/session.ts';
import { getJson, postEvent, startTestServer, TEST_AGENCIES, TEST_GROUPS, testKey } from './support/server.ts';

/**
 * The matrix: owners x TLP x recipient shapes, read by every agency on every path, against the oracle.
 * Paths: REST get by id, list, count, export; the socket replay and the live stream; an annotation by id.
 */
const OWNERS = ['JCA', 'CBP', 'USCG'];
const TLPS: Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
const VIEWERS = TEST_AGENCIES.map((a) => a.code);
const GROUP_MEMBERS = new Map(TEST_GROUPS.map((g) => [g.code, g.members]));

interface Case extends OracleItem {
  id: string;
  /** The id its owner numbered it with (REL-12). */
  clientId: string;
  title: string;
}

const dir = createTempDir('rel-paths');
let server: RunningServer;
const cases: Case[] = [];
const liveClients = new Map<string, EventClient>();
const notes = new Map<string, string>();
const analysts = new Map<string, UserSession>();
const tag = `matrix${Date.now().toString(36)}`;

function recipientShapes(owner: string, tlp: Tlp): { recipients: string[]; groups: string[] }[] {
  const other = owner === 'JCA' ? 'JCF' : 'JCA';
  const shapes: { recipients: string[]; groups: string[] }[] = [
    { recipients: [], groups: [] },
    { recipients: [other], groups: [] },
  ];
  const ownGroups = TEST_GROUPS.filter((g) => g.members.includes(owner)).map((g) => g.code);
  if (tlp !== 'RED' && ownGroups.length > 0) shapes.push({ recipients: [], groups: ownGroups });
  return shapes;
}

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
  // Live listeners first, so every matrix event is also a live delivery.
  for (const viewer of VIEWERS) {
    const client = new EventClient(server.url, undefined, testKey(viewer));
    liveClients.set(viewer, client);
    await client.waitForSynced();
  }
  for (const owner of OWNERS) {
    for (const tlp of TLPS) {
      for (const shape of recipientShapes(owner, tlp)) {
        const title = `${tag} ${owner} ${tlp} ${shape.recipients.join('+') || '-'} ${shape.groups.join('+') || '-'}`;
        const clientId = uuidV7(Date.now(), randomBytes(10));
        const res = await postEvent(
          server.url,
          {
            id: clientId,
            kind: 'sighting_report',
            title,
            occurredAt: '2026-11-20T10:00:00Z',
            ownerAgency: owner,
            severity: 2,
            releasability: { tlp, recipients: shape.recipients, sharingGroups: shape.groups },
          },
          { agency: owner },
        );
        expect(res.status).toBe(201);
        const id = String(res.json.id);
        cases.push({ id, clientId, title, owner, tlp, recipients: shape.recipients, groups: shape.groups });
        // The owner's note on its own event, released by default exactly as the event (REL-7).
        const analyst = analysts.get(owner) ?? (await login(server.url, `${owner.toLowerCase()}.analyst`));
        analysts.set(owner, analyst);
        const note = await analyst.request(`/api/v1/annotations/on/event/${id}`, {
          method: 'POST',
          body: { body: `note on ${title}` },
        });
        expect(note.status).toBe(201);
        notes.set(id, (note.json as Annotation).id);
      }
    }
  }
  // A live client only hears what it may read, so wait for the count the oracle expects (a wrong count fails below).
  await Promise.all(
    [...liveClients].map(([viewer, client]) =>
      client
        .waitFor(
          () => matrixOnly(client.received.map((e) => e.id)).size >= expectedFor(viewer).size,
          10_000,
          `${viewer} live events`,
        )
        .catch(() => undefined),
    ),
  );
}, 120_000);

afterAll(async () => {
  for (const client of liveClients.values()) client.close();
  await server.close();
  dir.remove();
});

const expectedFor = (viewer: string) =>
  new Set(cases.filter((c) => oracleMayRead(viewer, GROUP_MEMBERS, c)).map((c) => c.id));
const matrixOnly = (ids: Iterable<string>) => new Set([...ids].filter((id) => cases.some((c) => c.id === id)));

describe.each(VIEWERS)('releasability on every path, viewer %s', (viewer) => {
  it('[REL-9] REST get by id answers 200 exactly for readable events and 404 otherwise', async () => {
    const expected = expectedFor(viewer);
    for (const c of cases) {
      const { status } = await getJson(server.url, `/api/v1/events/${c.id}`, { agency: viewer });
      expect({ case: c.title, status }).toEqual({ case: c.title, status: expected.has(c.id) ? 200 : 404 });
    }
  });

  it('[REL-9] REST list and search return exactly the readable events', async () => {
    const { json } = await getJson<EventPage>(server.url, `/api/v1/events?q=${tag}&limit=500`, { agency: viewer });
    expect(matrixOnly(json.items.map((e) => e.id))).toEqual(expectedFor(viewer));
  });

  it('[REL-8] counts count only readable events', async () => {
    const { json } = await getJson<{ count: number }>(server.url, `/api/v1/events/count?q=${tag}`, { agency: viewer });
    expect(json.count).toBe(expectedFor(viewer).size);
  });

  it('[REL-8] exports contain only readable events', async () => {
    const res = await fetch(`${server.url}/api/v1/events/export?format=ndjson&q=${tag}`, {
      headers: { authorization: `Bearer ${testKey(viewer)}` },
    });
    expect(res.status).toBe(200);
    const ids = (await res.text())
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(matrixOnly(ids)).toEqual(expectedFor(viewer));
  });

  it('[REL-9][STR-2] the socket resume replay carries exactly the readable events', async () => {
    const client = new EventClient(server.url, 0, testKey(viewer));
    try {
      await client.waitForSynced();
      expect(matrixOnly(client.received.map((e) => e.id))).toEqual(expectedFor(viewer));
    } finally {
      client.close();
    }
  });

  it('[REL-9] the live stream carried exactly the readable events', () => {
    const client = liveClients.get(viewer);
    expect(matrixOnly(client?.received.map((e) => e.id) ?? [])).toEqual(expectedFor(viewer));
  });

  it("[REL-12] re-submitting an event's client id answers only the viewer's own event: its own repeat, else a new event of its own", async () => {
    for (const c of cases) {
      // Untagged and RED to nobody else: the viewer's new events stay out of the other paths' expectations.
      const body = {
        id: c.clientId,
        kind: 'sighting_report',
        title: `probe by ${viewer}`,
        occurredAt: '2026-11-20T10:00:00Z',
        ownerAgency: viewer,
        severity: 1,
        releasability: { tlp: 'RED', recipients: [] },
      };
      const { status, json } = await postEvent(server.url, body, { agency: viewer });
      const own = c.owner === viewer;
      expect({ case: c.title, status, repeat: json.id === c.id }).toEqual({
        case: c.title,
        status: own ? 200 : 201,
        repeat: own,
      });
      if (!own) expect(Object.keys(json).sort()).toEqual(['created', 'id', 'seq']);
    }
  });

  it('[REL-7][REL-9] a note fetched by id is readable exactly when its event is', async () => {
    const expected = expectedFor(viewer);
    for (const c of cases) {
      const { status } = await getJson(server.url, `/api/v1/annotations/${notes.get(c.id)}`, { agency: viewer });
      expect({ case: c.title, status }).toEqual({ case: c.title, status: expected.has(c.id) ? 200 : 404 });
    }
  });
});
