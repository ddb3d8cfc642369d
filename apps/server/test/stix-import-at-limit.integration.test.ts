import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntelEvent, StixImportResult } from '@tidewatch/contracts';
import { uuidV7 } from '@tidewatch/domain';
import { toStixBundle } from '@tidewatch/stix';
import type { RunningServer } from '../src/index.ts';
import { STIX_BUNDLE_MAX_OBJECTS } from '../src/services/stix-exchange/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { getJson, startTestServer, testKey } from '../../../test/support/server.ts';

/** The size the exchange promises (XCH-5: 40,000 objects hold 10,000 events), on the embedded database. */
const EVENTS = Number(process.env.STIX_LIMIT_EVENTS ?? 10_000);

const dir = createTempDir('stix-limit');
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
}, 240_000);
afterAll(async () => {
  await server?.close();
  dir.remove();
});

/** Every kind of label, with an agreement and named recipients, as a real export carries them. */
const LABELS: IntelEvent['releasability'][] = [
  { tlp: 'GREEN', recipients: [], sharingGroups: [] },
  { tlp: 'AMBER', recipients: ['CBP'], sharingGroups: [] },
  { tlp: 'AMBER+STRICT', recipients: [], sharingGroups: ['jca-cbp-cmaa'] },
  { tlp: 'RED', recipients: ['USCG'], sharingGroups: [] },
];

const IDS = Array.from({ length: EVENTS }, (_, i) => uuidV7(Date.UTC(2026, 10, 1) + i * 60_000, randomBytes(10)));

function eventAt(i: number): IntelEvent {
  const at = Date.UTC(2026, 10, 1) + i * 60_000;
  return {
    v: 1,
    id: IDS[i] ?? '',
    seq: i + 1,
    kind: i % 3 === 0 ? 'seizure' : 'interdiction',
    title: `Limit event ${i}`,
    summary: 'a 10,000-event STIX import on the embedded database',
    occurredAt: new Date(at).toISOString(),
    reportedAt: new Date(at).toISOString(),
    receivedAt: new Date(at).toISOString(),
    position: { lat: 15 + (i % 500) / 100, lon: -80 + (i % 700) / 100 },
    place: null,
    ownerAgency: 'JCA',
    releasability: LABELS[i % LABELS.length] ?? { tlp: 'GREEN', recipients: [], sharingGroups: [] },
    severity: 1 + (i % 5),
    grading: null,
    subjects: { vessels: [], containers: [], organisations: [], persons: [] },
    seizure: i % 3 === 0 ? { commodity: 'cocaine', quantity: 10 + i, unit: 'kg' } : null,
    status: 'new',
    assigneeId: null,
    version: 1,
  };
}

describe('a STIX import at the size limit (XCH-5) on the embedded database', () => {
  it('[XCH-5] [XFED-3] 10,000 events (30,000 objects) import in one request, every one created once', async () => {
    const bundle = toStixBundle({ events: Array.from({ length: EVENTS }, (_, i) => eventAt(i)) });
    const body = JSON.stringify(bundle);
    const started = Date.now();
    const res = await fetch(`${server.url}/api/v1/stix/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${testKey('JCA')}` },
      body,
    });
    const text = await res.text();
    expect(res.status, text.slice(0, 500)).toBe(200);
    const result = JSON.parse(text) as StixImportResult;
    expect(result.counts.created).toBe(EVENTS);
    expect(result.counts.refused).toBe(0);
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `imported ${EVENTS} events (${bundle.objects.length} objects, ${(body.length / 2 ** 20).toFixed(1)} MiB) in ${seconds.toFixed(1)} s`,
    );
    const { json } = await getJson<{ items: unknown[] }>(server.url, '/api/v1/events?limit=1&q=Limit', {});
    expect(json.items.length).toBe(1);
  }, 600_000);

  it('[XCH-5] [XFED-3] 40,000 objects Tidewatch does not map are all kept (the object limit, one unit of work)', async () => {
    const indicators = Array.from({ length: STIX_BUNDLE_MAX_OBJECTS }, (_, i) => ({
      type: 'indicator',
      spec_version: '2.1',
      id: `indicator--${randomUUID()}`,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      name: `Limit indicator ${i}`,
      pattern: `[ipv4-addr:value = '10.0.${Math.floor(i / 256) % 256}.${i % 256}']`,
      pattern_type: 'stix',
      valid_from: '2026-01-01T00:00:00.000Z',
    }));
    const res = await fetch(`${server.url}/api/v1/stix/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${testKey('JCA')}` },
      body: JSON.stringify({ type: 'bundle', id: `bundle--${randomUUID()}`, objects: indicators }),
    });
    const text = await res.text();
    expect(res.status, text.slice(0, 500)).toBe(200);
    const kept = JSON.parse(text) as StixImportResult;
    expect(kept.counts['kept-as-other'], JSON.stringify(kept.objects.slice(0, 2))).toBe(STIX_BUNDLE_MAX_OBJECTS);
  }, 600_000);
});
