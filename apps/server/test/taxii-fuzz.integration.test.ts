import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toStixBundle } from '@tidewatch/stix';
import type { IntelEvent } from '@tidewatch/contracts';
import type { RunningServer } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { EXAMPLE_EVENT, postEvent, startTestServer, testKey } from '../../../test/support/server.ts';
import { STIX, TAXII } from './support/taxii-client.ts';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

const dir = createTempDir('taxii-fuzz');
let server: RunningServer;
let collectionIds: string[] = [];
let sampleObjects: unknown[] = [];

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, BODY_LIMIT_BYTES: 65_536 });
  for (const tlp of ['GREEN', 'AMBER', 'RED'] as const) {
    const { status, json } = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      releasability: { tlp, recipients: ['CBP'] },
    });
    expect(status).toBe(201);
    const event = (await (
      await fetch(`${server.url}/api/v1/events/${String(json.id)}`, {
        headers: { authorization: `Bearer ${testKey('JCA')}` },
      })
    ).json()) as IntelEvent;
    sampleObjects = [...sampleObjects, ...toStixBundle({ events: [event] }).objects];
  }
  const res = await fetch(`${server.url}/taxii2/tidewatch/collections/`, {
    headers: { authorization: `Bearer ${testKey('JCA')}`, accept: TAXII },
  });
  collectionIds = ((await res.json()) as { collections: { id: string }[] }).collections.map((c) => c.id);
  // Starting a server and seeding it waits behind other work on a loaded machine.
}, 300_000);
afterAll(async () => {
  await server?.close();
  dir.remove();
});

/** One of the values, each as likely (fast-check's constantFrom favours the first and last). */
function pick<T>(...values: T[]): fc.Arbitrary<T> {
  return fc.noBias(fc.integer({ min: 0, max: values.length - 1 })).map((i) => values[i] as T);
}

const HOSTILE = [
  '',
  ' ',
  '%00',
  '%ZZ',
  '..',
  "'; drop table events; --",
  '\u{1F600}',
  'a'.repeat(300),
  '-1',
  '1e309',
  'null',
];

function segment(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: pick(...collectionIds), weight: 6 },
    fc.uuid(),
    pick(...HOSTILE.map(encodeURIComponent), '%00', '%ZZ'),
    fc.string({ maxLength: 20 }).map(encodeURIComponent),
  );
}

function objectId(): fc.Arbitrary<string> {
  return fc.oneof(
    pick(...sampleObjects.map((o) => (o as { id: string }).id)),
    fc.uuid().map((u) => `incident--${u}`),
    pick(...HOSTILE).map(encodeURIComponent),
  );
}

const QUERY_KEYS = [
  'added_after',
  'limit',
  'next',
  'match[id]',
  'match[type]',
  'match[version]',
  'match[spec_version]',
  'other',
];
const QUERY_VALUES = fc.oneof(
  pick(...HOSTILE, 'first', 'last', 'all', 'incident,location', '2.1', '2.0', '0', '1', '1000000', '3.5'),
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  pick('2026-02-30T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T00:00:00+01:00', '10000-01-01T00:00:00Z'),
  fc.string({ maxLength: 40 }),
  fc.uuid().map((u) => `incident--${u}`),
  fc.base64String({ maxLength: 80 }),
);

/** A posted body: real STIX objects damaged at random, random JSON, or raw text. */
function body(): fc.Arbitrary<string> {
  const damaged = fc
    .tuple(
      pick(...sampleObjects),
      pick('id', 'type', 'created', 'modified', 'extensions', 'object_marking_refs', 'spec_version'),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([object, key, value]) => ({ ...(object as Record<string, unknown>), [key]: value }));
  return fc.oneof(
    fc
      .array(fc.oneof(damaged, pick(...sampleObjects), fc.jsonValue({ maxDepth: 3 })), { maxLength: 8 })
      .map((objects) => JSON.stringify({ objects })),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    pick(
      '',
      '{',
      '{"objects": null}',
      '{"objects": "x"}',
      `{"objects": [${'['.repeat(100)}${']'.repeat(100)}]}`,
      '{"objects":[{"type":"incident","id":"incident--\\u0000"}]}',
    ),
  );
}

const request = fc.record({
  method: pick('GET', 'GET', 'GET', 'POST', 'POST', 'DELETE', 'PUT'),
  template: pick(
    '/taxii2/',
    '/taxii2/tidewatch/',
    '/taxii2/tidewatch/collections/',
    '/taxii2/tidewatch/collections/:c/',
    '/taxii2/tidewatch/collections/:c/objects/',
    '/taxii2/tidewatch/collections/:c/objects/',
    '/taxii2/tidewatch/collections/:c/objects/',
    '/taxii2/tidewatch/collections/:c/objects/:o/',
    '/taxii2/tidewatch/collections/:c/objects/:o/versions/',
    '/taxii2/tidewatch/collections/:c/manifest/',
    '/taxii2/tidewatch/status/:c/',
    '/taxii2/nowhere',
  ),
  collection: fc.constant(null).chain(() => segment()),
  object: fc.constant(null).chain(() => objectId()),
  query: fc.array(fc.tuple(pick(...QUERY_KEYS), QUERY_VALUES), { maxLength: 4 }),
  accept: pick(
    TAXII,
    TAXII,
    TAXII,
    STIX,
    'application/taxii+json',
    '*/*',
    'text/html',
    'application/json',
    '',
    'application/taxii+json;version=2.0;q=0.5, */*;q=0.1',
  ),
  contentType: pick(TAXII, TAXII, TAXII, 'application/taxii+json', 'application/json', 'text/plain', ''),
  auth: pick(
    `Bearer ${testKey('JCA')}`,
    `Bearer ${testKey('JCA')}`,
    `Basic ${Buffer.from(`x:${testKey('JCA')}`).toString('base64')}`,
    `Basic ${Buffer.from(`x:${testKey('CBP')}`).toString('base64')}`,
    `Basic ${Buffer.from(`x:${testKey('CBP')}`).toString('base64')}`,
    'Basic !!!',
    'Bearer',
    '',
  ),
  body: fc.constant(null).chain(() => body()),
});

describe('TAXII fuzz', () => {
  it('[TAXII-1] no TAXII route answers 5xx to hostile requests, and every refusal is a TAXII error in TAXII JSON', async () => {
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    const samples = fc.sample(request, { numRuns: RUNS, seed: SEED });
    for (const r of samples) {
      const path = r.template.replace(':c', r.collection).replace(':o', r.object);
      const search = new URLSearchParams(r.query).toString();
      const url = `${server.url}${path}${search ? `?${search}` : ''}`;
      const headers: Record<string, string> = {};
      if (r.accept) headers.accept = r.accept;
      if (r.auth) headers.authorization = r.auth;
      const write = r.method === 'POST' || r.method === 'PUT';
      if (write && r.contentType) headers['content-type'] = r.contentType;
      const res = await fetch(url, { method: r.method, headers, body: write ? r.body : undefined });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const where = `${r.method} ${url.slice(0, 160)} [${r.accept}] -> ${res.status} ${text.slice(0, 160)}`;
      if (res.status >= 500) problems.push(`5xx: ${where}`);
      const type = res.headers.get('content-type') ?? '';
      if (type !== TAXII && type !== STIX) problems.push(`content type ${type}: ${where}`);
      if (res.status >= 400) {
        const error = JSON.parse(text) as { title?: unknown; http_status?: unknown };
        if (typeof error.title !== 'string' || error.http_status !== String(res.status))
          problems.push(`not a TAXII error: ${where}`);
      }
    }
    // Damaged and random envelopes straight into the inbox with good credentials, so the ingest itself is fuzzed.
    const inbox = `${server.url}/taxii2/tidewatch/collections/${collectionIds.at(-1) ?? ''}/objects/`;
    for (const posted of fc.sample(body(), { numRuns: Math.ceil(RUNS / 5), seed: SEED + 1 })) {
      const res = await fetch(inbox, {
        method: 'POST',
        headers: { authorization: `Bearer ${testKey('JCA')}`, accept: TAXII, 'content-type': TAXII },
        body: posted,
      });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status !== 202 && res.status !== 400 && res.status !== 413) {
        problems.push(`inbox ${res.status}: ${posted.slice(0, 120)} -> ${text.slice(0, 160)}`);
      }
    }
    console.info(
      `[TAXII-1] fuzz seed ${SEED}, ${samples.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(problems).toEqual([]);
    // Some requests must have got through to the services, or the fuzz tested only the gates.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(202) ?? 0).toBeGreaterThan(0);
  }, 240_000);
});
