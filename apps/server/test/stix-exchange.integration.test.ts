import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventInput, IntelEvent, StixImportResult, StixOtherObjectPage } from '@tidewatch/contracts';
import { schema } from '@tidewatch/db';
import type { StixBundle, StixObject } from '@tidewatch/stix';
import type { RunningServer } from '../src/index.ts';
import { oasisErrors, tidewatchSchemaErrors } from '../../../packages/stix/test/oasis-validator.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { login } from '../../../test/support/session.ts';
import { EXAMPLE_EVENT, getJson, postEvent, startTestServer, testKey } from '../../../test/support/server.ts';

const PARTNER_BUNDLE = JSON.parse(
  readFileSync(new URL('./fixtures/partner-bundle.json', import.meta.url), 'utf8'),
) as StixBundle;

const here = createTempDir('stix-here');
const there = createTempDir('stix-there');
let server: RunningServer;
/** Another deployment with the same agency codes: where JCA's export is carried. */
let partner: RunningServer;

beforeAll(async () => {
  // Two embedded databases to create: slow on a loaded machine, so one after the other with room.
  server = await startTestServer({ DATA_DIR: here.path });
  partner = await startTestServer({ DATA_DIR: there.path });
}, 240_000);
afterAll(async () => {
  await Promise.all([server?.close(), partner?.close()]);
  here.remove();
  there.remove();
});

const auth = (agency: string) => ({ authorization: `Bearer ${testKey(agency)}` });

async function importBundle(
  url: string,
  bundle: unknown,
  agency: string,
  dryRun = false,
): Promise<{ status: number; json: StixImportResult }> {
  const res = await fetch(`${url}/api/v1/stix/import${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth(agency) },
    body: typeof bundle === 'string' ? bundle : JSON.stringify(bundle),
  });
  return { status: res.status, json: (await res.json()) as StixImportResult };
}

async function exportBundle(
  url: string,
  agency: string,
  query = '',
): Promise<{ status: number; type: string | null; bundle: StixBundle }> {
  const res = await fetch(`${url}/api/v1/stix/export${query}`, { headers: auth(agency) });
  return { status: res.status, type: res.headers.get('content-type'), bundle: (await res.json()) as StixBundle };
}

const incidents = (bundle: StixBundle) => bundle.objects.filter((o) => o.type === 'incident');
const titles = (bundle: StixBundle) =>
  incidents(bundle)
    .map((o) => String(o.name))
    .sort();

/** One event per label, each titled with a tag so a test finds its own. */
async function postLabelled(tag: string): Promise<Record<string, string>> {
  const labels: Record<string, EventInput['releasability']> = {
    amber: { tlp: 'AMBER', recipients: ['CBP'] },
    green: { tlp: 'GREEN', recipients: [] },
    red: { tlp: 'RED', recipients: ['USCG'] },
    strict: { tlp: 'AMBER+STRICT', recipients: [], sharingGroups: ['jca-cbp-cmaa'] },
  };
  const ids: Record<string, string> = {};
  for (const [name, releasability] of Object.entries(labels)) {
    const { status, json } = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      title: `${tag} ${name}`,
      summary: `${tag} summary`,
      releasability,
      place: 'JMKIN',
      subjects: { vessels: [{ name: 'SEA WIND', imo: '9074729' }], containers: [], organisations: [], persons: [] },
      grading: { reliability: 'B', credibility: 2 },
    });
    expect(status).toBe(201);
    ids[name] = String(json.id);
  }
  return ids;
}

async function rowCount(target: RunningServer, table: 'events' | 'others' | 'marks' | 'audit'): Promise<number> {
  const tables = {
    events: schema.events,
    others: schema.stixOtherObjects,
    marks: schema.stixImports,
    audit: schema.auditLog,
  } as const;
  await target.ctx.audit.flush();
  const [row] = await target.database.db.select({ n: count() }).from(tables[table]);
  return row?.n ?? 0;
}

describe('STIX export', () => {
  it('[XCH-6] answers a STIX bundle of only what the caller may read, every object valid against the OASIS schemas', async () => {
    const tag = `exp-${randomUUID().slice(0, 8)}`;
    await postLabelled(tag);
    const q = `?q=${tag}`;
    const jca = await exportBundle(server.url, 'JCA', q);
    expect(jca.status).toBe(200);
    expect(jca.type).toBe('application/stix+json;version=2.1');
    expect(titles(jca.bundle)).toEqual([`${tag} amber`, `${tag} green`, `${tag} red`, `${tag} strict`]);
    for (const object of jca.bundle.objects) {
      expect(oasisErrors(object), object.id).toEqual([]);
      expect(tidewatchSchemaErrors(object), object.id).toEqual([]);
    }
    // REL-8/REL-9: each reader gets its own subset, counted by what it holds.
    expect(titles((await exportBundle(server.url, 'CBP', q)).bundle)).toEqual([
      `${tag} amber`,
      `${tag} green`,
      `${tag} strict`,
    ]);
    expect(titles((await exportBundle(server.url, 'USCG', q)).bundle)).toEqual([`${tag} green`, `${tag} red`]);
    const jcf = (await exportBundle(server.url, 'JCF', q)).bundle;
    expect(titles(jcf)).toEqual([`${tag} green`]);
    // Nothing of a hidden event travels: not its location, not its id.
    const hidden = incidents(jca.bundle).filter((o) => !String(o.name).endsWith('green'));
    const text = JSON.stringify(jcf);
    for (const object of hidden) expect(text).not.toContain(object.id);
  });

  it('[XCH-6] exports a selection by ids, leaving out what the caller may not read as if it did not exist; audited', async () => {
    const tag = `sel-${randomUUID().slice(0, 8)}`;
    const ids = await postLabelled(tag);
    const selection = `?ids=${ids.red},${ids.green}`;
    expect(titles((await exportBundle(server.url, 'JCA', selection)).bundle)).toEqual([`${tag} green`, `${tag} red`]);
    expect(titles((await exportBundle(server.url, 'CBP', selection)).bundle)).toEqual([`${tag} green`]);
    const bad = await fetch(`${server.url}/api/v1/stix/export?ids=not-an-id`, { headers: auth('JCA') });
    expect(bad.status).toBe(422);
    await server.ctx.audit.flush();
    const rows = await server.ctx.audit.search({ action: 'event.export', agency: 'CBP' }, 20);
    expect(rows.some((r) => (r.detail as { format?: string }).format === 'stix')).toBe(true);
  });
});

describe('STIX import', () => {
  it('[XCH-1][XCH-3] a round trip: JCA exports here, imports on another deployment; the events come back whole, live, once', async () => {
    const tag = `rt-${randomUUID().slice(0, 8)}`;
    await postLabelled(tag);
    const { bundle } = await exportBundle(server.url, 'JCA', `?q=${tag}`);
    const before = await rowCount(partner, 'events');
    const preview = await importBundle(partner.url, bundle, 'JCA', true);
    expect(preview.status).toBe(200);
    expect(preview.json.counts.created).toBe(4);
    expect(await rowCount(partner, 'events')).toBe(before);
    const first = await importBundle(partner.url, bundle, 'JCA');
    expect(first.status).toBe(200);
    expect(first.json.counts).toMatchObject({ created: 4, refused: 0 });
    expect(first.json.objects.filter((o) => o.outcome === 'created').map((o) => o.becomes?.id)).toEqual(
      preview.json.objects.filter((o) => o.outcome === 'created').map((o) => o.becomes?.id),
    );
    expect(await rowCount(partner, 'events')).toBe(before + 4);
    const mine = (await getJson<{ items: IntelEvent[] }>(partner.url, `/api/v1/events?q=${tag}`)).json.items;
    const original = (await getJson<{ items: IntelEvent[] }>(server.url, `/api/v1/events?q=${tag}`)).json.items;
    const mapped = (e: IntelEvent) => {
      const { id: _id, seq: _seq, receivedAt: _received, version: _version, ...rest } = e;
      return rest;
    };
    expect(mine.map(mapped).sort((a, b) => a.title.localeCompare(b.title))).toEqual(
      original.map(mapped).sort((a, b) => a.title.localeCompare(b.title)),
    );
    // The same bundle again creates nothing (idempotent by STIX id and modified).
    const again = await importBundle(partner.url, bundle, 'JCA');
    expect(again.json.counts).toMatchObject({ created: 0, unchanged: 4 });
    expect(await rowCount(partner, 'events')).toBe(before + 4);
    // Back home, JCA's own export is its own events: unchanged, no copy.
    const home = await rowCount(server, 'events');
    expect((await importBundle(server.url, bundle, 'JCA')).json.counts).toMatchObject({ created: 0, unchanged: 4 });
    expect(await rowCount(server, 'events')).toBe(home);
    await partner.ctx.audit.flush();
    const created = await partner.ctx.audit.search({ action: 'event.create', agency: 'JCA' }, 50);
    expect(created.length).toBeGreaterThanOrEqual(4);
    expect(await partner.ctx.audit.search({ action: 'stix.import', agency: 'JCA' }, 5)).not.toHaveLength(0);
  });

  it('[XCH-2] a newer version of an imported event changes its triage status; the same version changes nothing', async () => {
    const tag = `ver-${randomUUID().slice(0, 8)}`;
    await postLabelled(tag);
    const { bundle } = await exportBundle(server.url, 'JCA', `?q=${tag}&kind=seizure`);
    await importBundle(partner.url, bundle, 'JCA');
    const incident = incidents(bundle)[0];
    if (!incident) throw new Error('no incident exported');
    const ext = Object.entries(incident.extensions as Record<string, Record<string, unknown>>).find(
      ([, v]) => v.status !== undefined,
    );
    if (!ext) throw new Error('no event extension');
    const newer: StixObject = {
      ...incident,
      modified: new Date(Date.parse(String(incident.modified)) + 5000).toISOString(),
      extensions: { ...(incident.extensions as object), [ext[0]]: { ...ext[1], status: 'actioned', version: 2 } },
    };
    // An API key may not triage: the newer status is refused for it, alone, with the reason.
    const byKey = await importBundle(partner.url, { ...bundle, objects: [newer] }, 'JCA');
    expect(byKey.json.objects[0]).toMatchObject({ outcome: 'refused', field: 'status' });
    const analyst = await login(partner.url, 'jca.analyst');
    const answer = await analyst.request('/api/v1/stix/import', {
      method: 'POST',
      body: { ...bundle, objects: [newer] },
    });
    const result = { json: answer.json as StixImportResult };
    expect(result.json.counts).toMatchObject({ updated: 1, created: 0 });
    const id = result.json.objects[0]?.becomes?.id;
    const stored = (await getJson<IntelEvent>(partner.url, `/api/v1/events/${id}`)).json;
    expect(stored.status).toBe('actioned');
    expect((await importBundle(partner.url, { ...bundle, objects: [newer] }, 'JCA')).json.counts.unchanged).toBe(1);
  });

  it('[XCH-1][AUTH-1] an object claiming another owner is refused alone, with the field and the reason', async () => {
    const tag = `spoof-${randomUUID().slice(0, 8)}`;
    await postLabelled(tag);
    const { bundle } = await exportBundle(server.url, 'JCA', `?q=${tag}`);
    const withPartnerObject = { ...bundle, objects: [...bundle.objects, ...PARTNER_BUNDLE.objects.slice(2, 3)] };
    const before = await rowCount(server, 'events');
    const { status, json } = await importBundle(server.url, withPartnerObject, 'CBP');
    expect(status).toBe(200);
    expect(json.counts).toMatchObject({ created: 0, refused: 4, 'kept-as-other': 1 });
    const refused = json.objects.filter((o) => o.outcome === 'refused');
    for (const o of refused) {
      expect(o.type).toBe('incident');
      expect(o.field).toBe('ownerAgency');
      expect(o.reason).toContain('may not submit events owned by JCA');
    }
    expect(await rowCount(server, 'events')).toBe(before);
  });

  it('[XCH-4] objects from another producer that Tidewatch does not map are kept verbatim, released by their markings', async () => {
    const { status, json } = await importBundle(server.url, PARTNER_BUNDLE, 'JCA');
    expect(status).toBe(200);
    expect(json.total).toBe(13);
    expect(json.counts).toMatchObject({ 'kept-as-other': 11, refused: 1, reference: 1, created: 0 });
    expect(json.objects.find((o) => o.outcome === 'refused')).toMatchObject({
      index: 12,
      id: 'indicator--0f3d2b1c-1111-4e8f-9a3b-5b2b2c0d9e77',
      field: 'modified',
    });
    const page = (await getJson<StixOtherObjectPage>(server.url, '/api/v1/stix/other-objects?limit=500', {})).json;
    const byId = new Map(page.items.map((o) => [o.stixId, o]));
    const indicator = byId.get('indicator--33fe3b22-0201-47cf-85d0-97c02164528d');
    expect(indicator?.object).toEqual(PARTNER_BUNDLE.objects[2]);
    expect(indicator?.releasability.tlp).toBe('GREEN');
    expect(byId.get('threat-actor--9a8a0d25-7636-429b-a99e-b2a73cd0f11f')?.releasability.tlp).toBe('RED');
    // Unmarked: AMBER for the importing agency alone.
    expect(byId.get('malware--ae560258-a5cb-4be8-8f05-013d6712295f')?.releasability).toEqual({
      tlp: 'AMBER',
      recipients: [],
      sharingGroups: [],
    });
    expect(byId.get('file--364fe3e5-b1f4-5ba3-b951-ee5983b3538d')?.ownerAgency).toBe('JCA');
    // Re-posting keeps, creates and changes nothing.
    const again = await importBundle(server.url, PARTNER_BUNDLE, 'JCA');
    expect(again.json.counts).toMatchObject({ unchanged: 11, 'kept-as-other': 0 });
  });

  it('[XCH-4][REL-8][REL-9] a reader of another agency sees only the kept objects released to it, counts included', async () => {
    await importBundle(server.url, PARTNER_BUNDLE, 'JCA');
    const mine = (await getJson<StixOtherObjectPage>(server.url, '/api/v1/stix/other-objects?limit=500')).json;
    const cbp = (
      await getJson<StixOtherObjectPage>(server.url, '/api/v1/stix/other-objects?limit=500', { agency: 'CBP' })
    ).json;
    const jcaGreen = mine.items.filter(
      (o) => o.ownerAgency === 'JCA' && (o.releasability.tlp === 'GREEN' || o.releasability.tlp === 'CLEAR'),
    );
    expect(
      cbp.items
        .filter((o) => o.ownerAgency === 'JCA')
        .map((o) => o.stixId)
        .sort(),
    ).toEqual(jcaGreen.map((o) => o.stixId).sort());
    expect(cbp.items.every((o) => o.ownerAgency === 'CBP' || ['GREEN', 'CLEAR'].includes(o.releasability.tlp))).toBe(
      true,
    );
    expect(cbp.total).toBe(cbp.items.length);
    expect(mine.total).toBe(mine.items.length);
    expect(cbp.total).toBeLessThan(mine.total);
    // Filtering by a type only it holds tells another agency nothing about it.
    const hidden = await getJson<StixOtherObjectPage>(server.url, '/api/v1/stix/other-objects?type=threat-actor', {
      agency: 'CBP',
    });
    expect(hidden.json).toEqual({ items: [], total: 0, nextCursor: null });
    const paged = (await getJson<StixOtherObjectPage>(server.url, '/api/v1/stix/other-objects?limit=2')).json;
    expect(paged.items).toHaveLength(2);
    const rest = (
      await getJson<StixOtherObjectPage>(
        server.url,
        `/api/v1/stix/other-objects?limit=500&cursor=${encodeURIComponent(String(paged.nextCursor))}`,
      )
    ).json;
    expect([...paged.items, ...rest.items].map((o) => o.stixId)).toEqual(mine.items.map((o) => o.stixId));
  });

  it('[XCH-5] a dry run answers the preview and writes nothing: no event, kept object, mark or audit row', async () => {
    const tag = `dry-${randomUUID().slice(0, 8)}`;
    await postLabelled(tag);
    const { bundle } = await exportBundle(partner.url, 'JCA', `?q=${tag}`);
    const fresh = {
      ...PARTNER_BUNDLE,
      objects: PARTNER_BUNDLE.objects.map((o) => ({
        ...o,
        id: o.id.replace(/--.{8}/, `--${randomUUID().slice(0, 8)}`),
      })),
    };
    const tables = ['events', 'others', 'marks', 'audit'] as const;
    const counts = async () => Promise.all(tables.map((t) => rowCount(partner, t)));
    await importBundle(partner.url, bundle, 'JCA', true);
    const before = await counts();
    const preview = await importBundle(
      partner.url,
      { ...fresh, objects: [...fresh.objects, ...bundle.objects] },
      'JCA',
      true,
    );
    expect(preview.json.dryRun).toBe(true);
    expect(preview.json.counts['kept-as-other']).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });

  it('[XCH-5] over the object limit is 413, over the byte limit 413, not a bundle 422, not JSON 400/415', async () => {
    const many = { type: 'bundle', id: `bundle--${randomUUID()}`, objects: Array.from({ length: 40_001 }, () => ({})) };
    const tooMany = await importBundle(server.url, many, 'JCA');
    expect(tooMany.status).toBe(413);
    expect(JSON.stringify(tooMany.json)).toContain('objects');
    const huge = `{"type":"bundle","id":"bundle--${randomUUID()}","objects":[],"pad":"${'x'.repeat(33 * 1024 * 1024)}"}`;
    expect((await importBundle(server.url, huge, 'JCA')).status).toBe(413);
    const notBundle = await importBundle(server.url, { type: 'report', objects: [] }, 'JCA');
    expect(notBundle.status).toBe(422);
    expect(JSON.stringify(notBundle.json)).toContain('type');
    expect((await importBundle(server.url, '{"type":', 'JCA')).status).toBe(400);
    const wall = await fetch(`${server.url}/api/v1/stix/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer tw_dev_test_jca_0123456789' },
      body: JSON.stringify(PARTNER_BUNDLE),
    });
    expect(wall.status).toBe(403);
  });

  it('[XCH-7] fuzzed bundles (random JSON, damaged real bundles) never answer 5xx, and every object gets one outcome', async () => {
    const { bundle } = await exportBundle(server.url, 'JCA', '?kind=seizure');
    const seeds = [...PARTNER_BUNDLE.objects, ...bundle.objects.slice(0, 40)];
    const damaged = fc
      .tuple(
        fc.shuffledSubarray(seeds, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(40), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }),
      )
      .map(([objects, edits]) => {
        const copy = objects.map((o) => ({ ...o }) as Record<string, unknown>);
        for (const [at, key, value] of edits) {
          const target = copy[at % copy.length];
          if (target) target[Object.keys(target)[at % Object.keys(target).length] ?? key] = value;
        }
        return { type: 'bundle', id: `bundle--${randomUUID()}`, objects: copy };
      });
    const anything = fc.oneof(
      damaged,
      fc.jsonValue({ maxDepth: 4 }),
      fc.record({ type: fc.constant('bundle'), objects: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }) }),
    );
    await fc.assert(
      fc.asyncProperty(anything, fc.boolean(), async (body, dryRun) => {
        const { status, json } = await importBundle(server.url, body, 'JCF', dryRun);
        expect(status).toBeLessThan(500);
        if (status === 200) {
          const objects = (body as { objects: unknown[] }).objects;
          expect(json.objects.map((o) => o.index)).toEqual(objects.map((_, i) => i));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60), seed: Number(process.env.FUZZ_SEED ?? Date.now() % 1e9) },
    );
  });
});
