import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPage } from '@tidewatch/contracts';
import type { RunningServer } from '../src/index.ts';
import { EventClient } from '../../../test/support/event-client.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { parseCsv } from '../src/services/csv/csv.ts';
import { EXAMPLE_EVENT, getJson, postEvent, startTestServer, testKey } from '../../../test/support/server.ts';

const dir = createTempDir('api');
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, BODY_LIMIT_BYTES: 1_048_576 });
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

function uuidv7(): string {
  // A fixed time prefix with a random tail: valid v7, unique per call.
  const tail = randomUUID().slice(14);
  return `019ab000-0000-7${tail.slice(1)}`;
}

describe('POST /api/v1/events', () => {
  it('accepts the example body from the issue as is and answers 201 with id and seq', async () => {
    const { status, json } = await postEvent(server.url, EXAMPLE_EVENT);
    expect(status).toBe(201);
    expect(json).toMatchObject({ id: expect.any(String), seq: expect.any(Number), created: true });
    const stored = (await getJson(server.url, `/api/v1/events/${String(json.id)}`)).json;
    expect(stored).toMatchObject({
      v: 1,
      ...EXAMPLE_EVENT,
      occurredAt: '2026-11-20T14:05:00.000Z',
      status: 'new',
      summary: '',
    });
  });

  it("[REL-12] returns the agency's stored event for its repeated client id, audited, and never stores a duplicate", async () => {
    const id = uuidv7();
    const first = await postEvent(server.url, { ...EXAMPLE_EVENT, id });
    const again = await postEvent(server.url, { ...EXAMPLE_EVENT, id, title: 'A retried submission' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({
      id: first.json.id,
      seq: first.json.seq,
      created: false,
      event: { title: EXAMPLE_EVENT.title },
    });
    const page = (await getJson<EventPage>(server.url, `/api/v1/events?q=retried`)).json;
    expect(page.items).toHaveLength(0);
    await server.ctx.audit.flush();
    const reads = await server.ctx.audit.search({ targetId: String(first.json.id), action: 'event.read' }, 5);
    expect(reads).toMatchObject([{ agency: 'JCA', outcome: 'success' }]);
  });

  it("[REL-12] a client id another agency used tells nothing: REST and socket store a new event of the caller's", async () => {
    const id = uuidv7();
    const secret = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      id,
      title: 'JCA RED seizure',
      releasability: { tlp: 'RED', recipients: [] },
    });
    expect(secret.status).toBe(201);
    const mine = {
      ...EXAMPLE_EVENT,
      id,
      ownerAgency: 'CBP',
      title: 'CBP own report',
      releasability: { tlp: 'GREEN' as const, recipients: [] },
    };
    const viaRest = await postEvent(server.url, mine, { agency: 'CBP' });
    // Exactly what a first submission answers: 201, the caller's own new id and seq, nothing else.
    expect(viaRest.status).toBe(201);
    expect(Object.keys(viaRest.json).sort()).toEqual(['created', 'id', 'seq']);
    expect(viaRest.json).toMatchObject({ created: true });
    expect(viaRest.json.id).not.toBe(secret.json.id);
    expect(viaRest.json.seq).not.toBe(secret.json.seq);
    expect(JSON.stringify(viaRest.json)).not.toMatch(/JCA RED/);
    const socket = new EventClient(server.url, undefined, testKey('USCG'));
    try {
      await socket.waitForSynced();
      const ack = await socket.socket.emitWithAck('event:submit', {
        ...mine,
        ownerAgency: 'USCG',
        title: 'USCG own report',
      });
      expect(ack).toMatchObject({ ok: true, created: true });
      expect(JSON.stringify(ack)).not.toMatch(/JCA RED/);
      expect(ack.ok && ack.id).not.toBe(secret.json.id);
      expect(ack.ok && ack.seq).not.toBe(secret.json.seq);
    } finally {
      socket.close();
    }
    expect((await getJson(server.url, `/api/v1/events/${String(secret.json.id)}`, { agency: 'CBP' })).status).toBe(404);
    expect(
      (await getJson(server.url, `/api/v1/events/${String(viaRest.json.id)}`, { agency: 'CBP' })).json,
    ).toMatchObject({ title: 'CBP own report', ownerAgency: 'CBP' });
    // The owner's retry still finds its own event.
    expect((await postEvent(server.url, { ...EXAMPLE_EVENT, id })).json).toMatchObject({
      id: secret.json.id,
      created: false,
    });
  });

  it('refuses a submission without credentials with 401', async () => {
    const { status, json } = await postEvent(server.url, EXAMPLE_EVENT, { agency: null });
    expect(status).toBe(401);
    expect(json).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it("[AUTH-1] refuses an event owned by another agency than the key's with 403", async () => {
    const { status } = await postEvent(
      server.url,
      { ...EXAMPLE_EVENT, ownerAgency: 'CBP', releasability: { tlp: 'AMBER', recipients: ['JCA'] } },
      { agency: 'JCA' },
    );
    expect(status).toBe(403);
  });

  it('[REL-4] refuses a RED event released through a sharing group with 422', async () => {
    const { status, json } = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      releasability: { tlp: 'RED', recipients: ['CBP'], sharingGroups: ['jca-cbp-cmaa'] },
    });
    expect(status).toBe(422);
    expect(json).toMatchObject({ error: { issues: [{ path: 'releasability.sharingGroups' }] } });
  });

  it('refuses a sharing group the owner is not a member of with 422', async () => {
    const { status } = await postEvent(
      server.url,
      {
        ...EXAMPLE_EVENT,
        ownerAgency: 'USCG',
        releasability: { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] },
      },
      { agency: 'USCG' },
    );
    expect(status).toBe(422);
  });

  it('refuses malformed JSON with 400 and the parser reason', async () => {
    const { status, json } = await postEvent(server.url, '{"kind": "seizure",');
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { code: 'malformed_json' } });
  });

  it('refuses wrong types with 422 naming the field', async () => {
    const { status, json } = await postEvent(server.url, { ...EXAMPLE_EVENT, severity: 'high' });
    expect(status).toBe(422);
    expect(json).toMatchObject({ error: { code: 'validation_failed', issues: [{ path: 'severity' }] } });
  });

  it('refuses unknown enum values with 422 naming the field', async () => {
    const { status, json } = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      releasability: { tlp: 'PURPLE', recipients: [] },
    });
    expect(status).toBe(422);
    expect(json).toMatchObject({ error: { issues: [{ path: 'releasability.tlp' }] } });
  });

  it('refuses an unknown agency with 422 naming the field', async () => {
    const { status, json } = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      releasability: { tlp: 'AMBER', recipients: ['NOPE'] },
    });
    expect(status).toBe(422);
    expect(json).toMatchObject({
      error: {
        code: 'unprocessable',
        issues: [{ path: 'releasability.recipients.0', message: 'unknown agency NOPE' }],
      },
    });
  });

  it('refuses a body over 1 MB with 413 and keeps serving', async () => {
    const huge = { ...EXAMPLE_EVENT, summary: 'x'.repeat(1_100_000) };
    // The server answers before reading the rest of the body and then closes that connection, as HTTP allows.
    const { status, json } = await postEvent(server.url, huge, { headers: { connection: 'close' } });
    expect(status).toBe(413);
    expect(json).toMatchObject({ error: { code: 'payload_too_large' } });
    const after = await postEvent(server.url, EXAMPLE_EVENT);
    expect(after.status).toBe(201);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('judges a chunked body (no Content-Length) by its bytes: over 1 MB is 413, under is stored', async () => {
    const chunked = (text: string, headers: Record<string, string> = {}) => {
      const bytes = new TextEncoder().encode(text);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 1024) controller.enqueue(bytes.subarray(i, i + 1024));
          controller.close();
        },
      });
      return fetch(`${server.url}/api/v1/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${testKey('JCA')}`, ...headers },
        body,
        duplex: 'half',
      } as RequestInit);
    };
    // As above, the server stops reading at the limit and closes that connection.
    const huge = await chunked(JSON.stringify({ ...EXAMPLE_EVENT, summary: 'x'.repeat(1_100_000) }), {
      connection: 'close',
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const small = await chunked(JSON.stringify({ ...EXAMPLE_EVENT, summary: 'y'.repeat(3_000) }));
    expect(small.status).toBe(201);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const { status } = await postEvent(server.url, 'hello', { headers: { 'content-type': 'text/plain' } });
    expect(status).toBe(415);
  });
});

describe('GET /api/v1/events', () => {
  it('filters by kind, time, bbox and text and pages with a cursor, newest first', async () => {
    const tag = `tag${Date.now().toString(36)}`;
    const base = { ...EXAMPLE_EVENT, kind: 'interdiction', seizure: undefined };
    for (let i = 0; i < 5; i++) {
      const { status } = await postEvent(server.url, {
        ...base,
        title: `${tag} go-fast ${i}`,
        occurredAt: `2026-11-0${i + 1}T10:00:00Z`,
        position: i % 2 === 0 ? { lat: 17.5, lon: -77.5 } : { lat: 25.8, lon: -80.1 },
      });
      expect(status).toBe(201);
    }
    const all = (await getJson<EventPage>(server.url, `/api/v1/events?q=${tag}&kind=interdiction&limit=2`)).json;
    expect(all.items.map((e: { title: string }) => e.title)).toEqual([`${tag} go-fast 4`, `${tag} go-fast 3`]);
    const next = (await getJson<EventPage>(server.url, `/api/v1/events?q=${tag}&limit=2&cursor=${all.nextCursor}`))
      .json;
    expect(next.items.map((e: { title: string }) => e.title)).toEqual([`${tag} go-fast 2`, `${tag} go-fast 1`]);
    const inBox = (await getJson<EventPage>(server.url, `/api/v1/events?q=${tag}&bbox=-78.5,17,-76,18.6`)).json;
    expect(inBox.items).toHaveLength(3);
    const inTime = (
      await getJson<EventPage>(server.url, `/api/v1/events?q=${tag}&from=2026-11-02T00:00:00Z&to=2026-11-03T23:00:00Z`)
    ).json;
    expect(inTime.items).toHaveLength(2);
  });

  it('refuses a bad query with 422 naming the parameter', async () => {
    const res = await getJson(server.url, '/api/v1/events?bbox=1,2,3');
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ error: { issues: [{ path: 'bbox' }] } });
    const badKind = await getJson(server.url, '/api/v1/events?kind=picnic');
    expect(badKind.status).toBe(422);
  });

  it('[DATA-1] the CSV export keeps a negative longitude a number and defuses formulas in text cells only', async () => {
    const tag = `csv${Date.now().toString(36)}`;
    const title = `=HYPERLINK("http://evil.example","open") ${tag}`;
    const { status } = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      title,
      place: '-2+3',
      position: { lat: -17.25, lon: -76.7936 },
    });
    expect(status).toBe(201);
    const res = await fetch(`${server.url}/api/v1/events/export?format=csv&q=${tag}`, {
      headers: { authorization: `Bearer ${testKey('JCA')}` },
    });
    expect(res.status).toBe(200);
    const [header, row, ...rest] = parseCsv(await res.text());
    expect(rest).toEqual([]);
    const cell = (name: string) => row?.cells[header?.cells.indexOf(name) ?? -1];
    expect(cell('lon')).toBe('-76.7936');
    expect(cell('lat')).toBe('-17.25');
    expect(cell('quantity')).toBe('12');
    expect(cell('title')).toBe(`'${title}`);
    expect(cell('place')).toBe("'-2+3");
  });

  it('answers 404 for an unknown id', async () => {
    const res = await getJson(server.url, `/api/v1/events/${uuidv7()}`);
    expect(res.status).toBe(404);
  });
});

describe('service endpoints', () => {
  it('serves health, readiness, the OpenAPI document and its reference page', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ status: 'ready' });
    const doc = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/events', '/api/v1/events/{id}']));
    expect(doc.components.schemas.EventInput.required).toEqual(
      expect.arrayContaining(['kind', 'title', 'occurredAt', 'ownerAgency', 'releasability', 'severity']),
    );
    const page = await fetch(`${server.url}/api/v1/docs`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/api/v1/events');
  });

  it('documents the trends, summaries, watchlists, alerts and cargo routes from their zod contracts', async () => {
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const documented = [
      ['get', '/api/v1/trends/settings'],
      ['get', '/api/v1/trends/seizures/over-time'],
      ['get', '/api/v1/trends/seizures/by-agency'],
      ['get', '/api/v1/trends/seizures/compare'],
      ['get', '/api/v1/trends/seizures/events'],
      ['get', '/api/v1/summaries'],
      ['get', '/api/v1/summaries/{date}'],
      ['get', '/api/v1/summaries/{date}/map.svg'],
      ['post', '/api/v1/summaries/{date}/acknowledge'],
      ['get', '/api/v1/watchlists'],
      ['post', '/api/v1/watchlists/{id}/entries'],
      ['post', '/api/v1/watchlists/{id}/import'],
      ['get', '/api/v1/alerts'],
      ['get', '/api/v1/alerts/{eventId}'],
      ['get', '/api/v1/cargo/consignments'],
      ['post', '/api/v1/cargo/consignments/{id}/movements'],
    ] as const;
    for (const [method, path] of documented) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    // Query parameters come from the contracts the routes validate with.
    const names = (method: string, path: string) => (doc.paths[path]?.[method]?.parameters ?? []).map((p) => p.name);
    expect(names('get', '/api/v1/trends/seizures/over-time')).toEqual(
      expect.arrayContaining(['from', 'to', 'commodity', 'tz', 'bucket']),
    );
    expect(names('get', '/api/v1/trends/seizures/events')).toEqual(
      expect.arrayContaining(['bucketStart', 'dimension', 'key', 'cursor']),
    );
    expect(names('get', '/api/v1/summaries/{date}/map.svg')).toEqual(
      expect.arrayContaining(['date', 'revision', 'theme']),
    );
    expect(names('get', '/api/v1/cargo/consignments')).toEqual(expect.arrayContaining(['lane', 'minScore', 'mmsi']));
    expect(doc.components.schemas.SeizuresOverTime?.properties).toHaveProperty('points');
    expect(doc.components.schemas.WatchlistEntryInput).toBeDefined();
    expect(doc.components.schemas.Consignment?.properties).toHaveProperty('risk');
    // Every $ref points at a schema that is there.
    const refs = [...JSON.stringify(doc.paths).matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(refs.filter((name) => !(name in doc.components.schemas))).toEqual([]);

    const page = await (await fetch(`${server.url}/api/v1/docs`)).text();
    for (const path of [
      '/api/v1/trends/seizures/over-time',
      '/api/v1/summaries/{date}',
      '/api/v1/watchlists',
      '/api/v1/alerts',
      '/api/v1/cargo/consignments',
    ]) {
      expect(page).toContain(`<code>${path}</code>`);
    }
    expect(page).toContain('id="schema-DailySummary"');
  });
});
