import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventInput, EventPage, IntelEvent, StixOtherObjectPage } from '@tidewatch/contracts';
import { stixIdOf, toStixBundle } from '@tidewatch/stix';
import type { RunningServer } from '../src/index.ts';
import { EventClient } from '../../../test/support/event-client.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import {
  EXAMPLE_EVENT,
  getJson,
  postEvent,
  startTestServer,
  testDeviceToken,
  testKey,
} from '../../../test/support/server.ts';
import { STIX, StrictTaxiiClient, TAXII, TaxiiViolation } from './support/taxii-client.ts';

const dir = createTempDir('taxii');
let server: RunningServer;
let discovery: string;

type Tlp = EventInput['releasability']['tlp'];

/** Every agency x TLP x recipients x agreement shape the releasability matrix covers (REL-1..4). */
const POLICIES: { owner: string; tlp: Tlp; recipients: string[]; sharingGroups?: string[] }[] = [];
for (const owner of ['JCA', 'CBP', 'USCG']) {
  for (const tlp of ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const) {
    for (const recipients of [[], ['JCF'], ['CBP', 'JCF']].map((r) => r.filter((a) => a !== owner))) {
      POLICIES.push({ owner, tlp, recipients });
    }
    if (tlp !== 'RED' && (owner === 'JCA' || owner === 'CBP')) {
      POLICIES.push({ owner, tlp, recipients: [], sharingGroups: ['jca-cbp-cmaa'] });
    }
  }
}

async function seed(): Promise<void> {
  let n = 0;
  for (const p of POLICIES) {
    n++;
    const body: EventInput = {
      ...EXAMPLE_EVENT,
      title: `policy ${n} ${p.owner} ${p.tlp} to [${p.recipients.join(' ')}]${p.sharingGroups ? ' under cmaa' : ''}`,
      ownerAgency: p.owner,
      // Every third event has no position and no LOCODE place: it becomes an incident alone.
      ...(n % 3 === 0 ? { position: undefined, place: 'somewhere at sea' } : { place: 'JMKIN' }),
      releasability: { tlp: p.tlp, recipients: p.recipients, sharingGroups: p.sharingGroups ?? [] },
    };
    const { status } = await postEvent(server.url, body, { agency: p.owner });
    expect(status).toBe(201);
  }
}

/** What the REST API lets an agency read: the oracle TAXII must equal (REL-9, TAXII-3). */
async function restEvents(agency: string): Promise<IntelEvent[]> {
  const { json } = await getJson<EventPage>(server.url, '/api/v1/events?limit=500', { agency });
  return json.items;
}

async function collectionsOf(client: StrictTaxiiClient) {
  const { apiRoots } = await client.discover(discovery);
  const root = apiRoots[0] ?? '';
  await client.apiRoot(root);
  return { root, collections: await client.collections(root) };
}

function byAlias(collections: { alias?: unknown; url: string }[], alias: string): string {
  const found = collections.find((c) => c.alias === alias);
  if (!found) throw new Error(`no collection ${alias}`);
  return found.url;
}

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, BODY_LIMIT_BYTES: 1_048_576 });
  discovery = `${server.url}/taxii2/`;
  await seed();
  // Starting a server and seeding it waits behind other work on a loaded machine.
}, 300_000);
afterAll(async () => {
  await server.close();
  dir.remove();
});

describe('TAXII 2.1 conformance, driven by a strict client over real HTTP', () => {
  it('[TAXII-1] [TAXII-2] discovery -> API root -> collections -> every object page by page, each valid STIX 2.1', async () => {
    const client = StrictTaxiiClient.basic(testKey('CBP'));
    const { collections } = await collectionsOf(client);
    expect(collections.map((c) => c.alias)).toEqual(['released-to-cbp', 'agreement-jca-cbp-cmaa', 'inbox-cbp']);
    expect(collections.map((c) => [c.can_read, c.can_write])).toEqual([
      [true, false],
      [true, false],
      [false, true],
    ]);
    const released = byAlias(collections, 'released-to-cbp');
    // A page size that splits events' objects across pages, so the cursor must land inside an event.
    const objects = await client.allObjects(released, 4);
    const incidents = objects.filter((o) => o.type === 'incident').map((o) => o.id);
    const rest = await restEvents('CBP');
    expect(new Set(incidents)).toEqual(new Set(rest.map((e) => stixIdOf('event', e.id))));
    expect(incidents).toHaveLength(rest.length);
    expect(objects.some((o) => o.type === 'location')).toBe(true);
    // The same collection in one page holds the same objects in the same order.
    expect((await client.allObjects(released, 1000)).map((o) => o.id)).toEqual(objects.map((o) => o.id));
  });

  it('[TAXII-1] the manifest, versions and an object by id agree with the objects', async () => {
    const client = StrictTaxiiClient.bearer(testKey('JCA'));
    const { collections } = await collectionsOf(client);
    const released = byAlias(collections, 'released-to-jca');
    const objects = await client.allObjects(released, 50);
    const manifest = await client.manifest(released, { limit: '1000' });
    expect(manifest.map((m) => [m.id, m.version])).toEqual(objects.map((o) => [o.id, o.modified]));
    const incident = objects.find((o) => o.type === 'incident');
    if (!incident) throw new Error('no incident');
    expect(await client.versions(released, incident.id)).toEqual([incident.modified]);
    const one = await client.get(`${released}objects/${incident.id}/`);
    expect(one.body).toMatchObject({ more: false, objects: [incident] });
    for (const version of ['first', 'last', 'all', String(incident.modified)]) {
      const page = await client.get(`${released}objects/${incident.id}/`, { 'match[version]': version });
      expect(page.body.objects).toEqual([incident]);
    }
    const older = await client.get(`${released}objects/${incident.id}/`, {
      'match[version]': '2001-01-01T00:00:00.000Z',
    });
    expect(older.body).toEqual({ more: false });
  });

  it('[TAXII-1] [TAXII-4] filters: match[type], match[id], match[spec_version], added_after and limit', async () => {
    const client = StrictTaxiiClient.basic(testKey('CBP'));
    const { collections } = await collectionsOf(client);
    const released = byAlias(collections, 'released-to-cbp');
    const all = await client.allObjects(released, 1000);
    const locations = await client.allObjects(released, 1000, { 'match[type]': 'location' });
    expect(locations.map((o) => o.id)).toEqual(all.filter((o) => o.type === 'location').map((o) => o.id));
    const two = all.slice(0, 2).map((o) => o.id);
    expect((await client.allObjects(released, 1000, { 'match[id]': two.join(',') })).map((o) => o.id)).toEqual(two);
    expect(await client.allObjects(released, 1000, { 'match[spec_version]': '2.0' })).toEqual([]);
    expect(await client.allObjects(released, 1000, { 'match[type]': 'indicator' })).toEqual([]);
    const page = await client.objectsPage(released, { limit: '3' });
    expect(page.envelope.objects).toHaveLength(3);
    expect(page.envelope.more).toBe(true);
    // Everything after the last date served is nothing; after the first page's last date is the rest.
    const everything = await client.objectsPage(released, { limit: '1000' });
    const after = await client.objectsPage(released, { added_after: everything.last ?? '' });
    expect(after.envelope).toEqual({ more: false });
    expect(after.first).toBeUndefined();
    const rest = await client.allObjects(released, 1000, { added_after: page.first ?? '' });
    expect(rest.length).toBeLessThan(all.length);
    expect(rest.map((o) => o.id)).toEqual(all.slice(all.length - rest.length).map((o) => o.id));
  });

  it('[TAXII-1] [TAXII-2] media types, errors and methods: 406, 415, 401 with WWW-Authenticate, 403 on DELETE, 405, 404', async () => {
    const client = StrictTaxiiClient.basic(testKey('JCA'));
    const { collections } = await collectionsOf(client);
    const released = byAlias(collections, 'released-to-jca');
    expect((await client.request('GET', discovery, { accept: 'text/html' })).status).toBe(406);
    expect((await client.request('GET', discovery, { accept: 'application/taxii+json;version=2.0' })).status).toBe(406);
    expect((await client.request('GET', discovery, { accept: 'application/taxii+json' })).status).toBe(200);
    const bundle = await client.request('GET', `${released}objects/`, { accept: STIX });
    expect(bundle.headers.get('content-type')).toBe(STIX);
    expect(bundle.body).toMatchObject({ type: 'bundle', objects: expect.any(Array) });
    const inbox = byAlias(collections, 'inbox-jca');
    const wrongType = await client.request('POST', `${inbox}objects/`, {
      contentType: 'application/json',
      body: '{"objects":[]}',
    });
    expect(wrongType.status).toBe(415);
    const badJson = await client.request('POST', `${inbox}objects/`, { contentType: TAXII, body: '{"objects":' });
    expect(badJson.status).toBe(400);
    const notEnvelope = await client.request('POST', `${inbox}objects/`, { contentType: TAXII, body: '[1]' });
    expect(notEnvelope.status).toBe(400);
    const first = (await client.objectsPage(released, { limit: '1' })).envelope.objects?.[0];
    const del = await client.request('DELETE', `${released}objects/${first?.id}/`);
    expect(del.status).toBe(403);
    const put = await client.request('PUT', `${released}objects/`);
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
    expect((await client.request('GET', `${server.url}/taxii2/nowhere/`)).status).toBe(404);
    expect((await client.request('GET', `${released}objects/`, { params: { limit: '0' } })).status).toBe(400);
    expect((await client.request('GET', `${released}objects/`, { params: { added_after: 'yesterday' } })).status).toBe(
      400,
    );
    for (const authorization of [undefined, 'Basic Zm9vOmJhcg==', `Bearer ${testKey('JCA')}x`]) {
      const res = await fetch(discovery, { headers: { accept: TAXII, ...(authorization ? { authorization } : {}) } });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
      expect(res.headers.get('content-type')).toBe(TAXII);
      expect(await res.json()).toMatchObject({ title: 'Authentication required', http_status: '401' });
    }
    // The key in the user name with an empty password works too.
    const userOnly = await fetch(discovery, {
      headers: { accept: TAXII, authorization: `Basic ${Buffer.from(`${testKey('JCA')}:`).toString('base64')}` },
    });
    expect(userOnly.status).toBe(200);
  });

  it('[TAXII-5] next is opaque and signed: a changed, forged or borrowed cursor is a 400, never a page', async () => {
    const client = StrictTaxiiClient.basic(testKey('CBP'));
    const { collections } = await collectionsOf(client);
    const released = byAlias(collections, 'released-to-cbp');
    const agreement = byAlias(collections, 'agreement-jca-cbp-cmaa');
    const { envelope } = await client.objectsPage(released, { limit: '2' });
    const next = envelope.next ?? '';
    expect(next).not.toMatch(/^\d/);
    const decoded = Buffer.from(next, 'base64url').toString();
    const forged = [
      Buffer.from(decoded.replace(/^\d+/, (seq) => String(Number(seq) + 1))).toString('base64url'),
      Buffer.from('1.0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').toString('base64url'),
      'not-a-cursor',
      `${next}x`,
    ];
    for (const cursor of forged) {
      const res = await client.request('GET', `${released}objects/`, { params: { next: cursor } });
      expect(res.status).toBe(400);
    }
    expect((await client.request('GET', `${agreement}objects/`, { params: { next } })).status).toBe(400);
    // The real cursor still works and continues where the page ended.
    const again = await client.objectsPage(released, { next, limit: '2' });
    expect(again.envelope.objects?.[0]?.id).not.toBe(envelope.objects?.[1]?.id);
  });
});

describe('TAXII releasability: the one rule, on every TAXII path', () => {
  it('[TAXII-3] each agency reads through TAXII exactly the events the REST API gives it, no more', async () => {
    for (const agency of ['JCA', 'JCF', 'CBP', 'USCG', 'IMPACS']) {
      const client = StrictTaxiiClient.bearer(testKey(agency));
      const { collections } = await collectionsOf(client);
      const released = byAlias(collections, `released-to-${agency.toLowerCase()}`);
      const objects = await client.allObjects(released, 25);
      const rest = await restEvents(agency);
      const allowed = new Set(rest.map((e) => stixIdOf('event', e.id)));
      const incidents = objects.filter((o) => o.type === 'incident').map((o) => o.id);
      expect(new Set(incidents), agency).toEqual(allowed);
    }
  });

  it('[TAXII-3] an agreement collection holds only what was released under it, to members only', async () => {
    const cbp = StrictTaxiiClient.bearer(testKey('CBP'));
    const { collections } = await collectionsOf(cbp);
    const objects = await cbp.allObjects(byAlias(collections, 'agreement-jca-cbp-cmaa'), 100);
    const under = (await restEvents('CBP')).filter((e) => e.releasability.sharingGroups.includes('jca-cbp-cmaa'));
    expect(new Set(objects.filter((o) => o.type === 'incident').map((o) => o.id))).toEqual(
      new Set(under.map((e) => stixIdOf('event', e.id))),
    );
    // USCG is no member: it has no such collection, and CBP's collection id answers it 404.
    const uscg = StrictTaxiiClient.bearer(testKey('USCG'));
    const { collections: theirs } = await collectionsOf(uscg);
    expect(theirs.map((c) => c.alias)).toEqual(['released-to-uscg', 'inbox-uscg']);
    const foreign = byAlias(collections, 'agreement-jca-cbp-cmaa');
    expect((await uscg.request('GET', foreign)).status).toBe(404);
    expect((await uscg.request('GET', `${foreign}objects/`)).status).toBe(404);
  });

  it('[TAXII-3] an object id the caller may not read answers exactly as a missing one; nothing counts it', async () => {
    const jca = (await restEvents('JCA')).find(
      (e) => e.releasability.tlp === 'RED' && e.releasability.recipients.length === 0,
    );
    if (!jca) throw new Error('no JCA-only RED event');
    const hidden = stixIdOf('event', jca.id);
    const missing = stixIdOf('event', 'no-such-event');
    const cbp = StrictTaxiiClient.bearer(testKey('CBP'));
    const { collections } = await collectionsOf(cbp);
    const released = byAlias(collections, 'released-to-cbp');
    for (const path of ['', 'versions/']) {
      const a = await cbp.request('GET', `${released}objects/${hidden}/${path}`);
      const b = await cbp.request('GET', `${released}objects/${missing}/${path}`);
      expect(a.status).toBe(404);
      expect(b.status).toBe(404);
      expect(JSON.stringify(a.body).replace(hidden, 'X')).toBe(JSON.stringify(b.body).replace(missing, 'X'));
      expect([...a.headers.keys()].sort()).toEqual([...b.headers.keys()].sort());
    }
    const matched = await cbp.objectsPage(released, { 'match[id]': hidden });
    expect(matched.envelope).toEqual({ more: false });
    expect(matched.first).toBeUndefined();
    expect(await cbp.manifest(released, { 'match[id]': hidden })).toEqual([]);
  });

  it('[TAXII-3] reads of AMBER, AMBER+STRICT and RED through TAXII are audited (AUD-1)', async () => {
    const cbp = StrictTaxiiClient.bearer(testKey('CBP'));
    const { collections } = await collectionsOf(cbp);
    const objects = await cbp.allObjects(byAlias(collections, 'released-to-cbp'), 1000);
    await server.ctx.audit.flush();
    const rows = await server.ctx.audit.search({ action: 'taxii.read' }, 100);
    const audited = new Set(rows.flatMap((r) => (r.detail as { ids?: string[] }).ids ?? []));
    const restricted = (await restEvents('CBP')).filter((e) =>
      ['AMBER', 'AMBER+STRICT', 'RED'].includes(e.releasability.tlp),
    );
    expect(restricted.length).toBeGreaterThan(0);
    for (const e of restricted) expect(audited.has(e.id), e.title).toBe(true);
    expect(objects.length).toBeGreaterThan(restricted.length);
  });
});

describe('TAXII inbox: writes become events of the writer, live', () => {
  it('[TAXII-6] [XCH-4] [XFED-1] a posted incident becomes an event owned by the writer, on a dashboard socket within 1 s, and readable back', async () => {
    const socket = new EventClient(server.url, undefined, testDeviceToken('CBP'));
    await socket.waitFor(() => socket.syncCount > 0, 10_000, 'first sync');
    const client = StrictTaxiiClient.basic(testKey('CBP'));
    const { collections } = await collectionsOf(client);
    const inbox = byAlias(collections, 'inbox-cbp');
    const own = await restEvents('CBP');
    const template = own.find((e) => e.ownerAgency === 'CBP');
    if (!template) throw new Error('no CBP event');
    const written: IntelEvent = {
      ...template,
      id: '019ab000-0000-7000-8000-00000000c0de',
      title: 'Posted through TAXII',
    };
    const foreign = own.find((e) => e.ownerAgency === 'JCA');
    if (!foreign) throw new Error('no JCA event CBP can read');
    const bundle = toStixBundle({ events: [written, { ...foreign, title: 'relabelled' }] });
    // Another producer's indicator: not mapped, so kept as an "other STIX object" of CBP (XCH-4), as REST keeps it.
    const indicator = {
      type: 'indicator',
      spec_version: '2.1',
      id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
      created: '2026-01-02T03:04:05.000Z',
      modified: '2026-01-02T03:04:05.000Z',
      name: 'Posted indicator',
      pattern: "[file:hashes.'SHA-256' = 'aa']",
      pattern_type: 'stix',
      valid_from: '2026-01-02T03:04:05.000Z',
    };
    const objects = [...bundle.objects, indicator, { type: 'indicator', id: 'indicator--not-a-uuid' }, 42];
    const started = Date.now();
    const status = await client.addObjects(inbox, objects);
    expect(status).toMatchObject({ status: 'complete', total_count: objects.length, pending_count: 0 });
    const writtenId = stixIdOf('event', written.id);
    expect(status.successes?.find((s) => s.id === writtenId)?.message).toMatch(/^stored as event /);
    const refusedForeign = status.failures?.find((f) => f.id === stixIdOf('event', foreign.id));
    expect(refusedForeign?.message).toMatch(/owned by JCA/);
    expect(status.failures?.find((f) => f.id === 'indicator--not-a-uuid')?.message).toMatch(/id/);
    expect(status.failures?.find((f) => f.id === `objects[${objects.length - 1}]`)).toBeDefined();
    expect(status.successes?.find((s) => s.id === indicator.id)).toEqual({
      id: indicator.id,
      version: indicator.modified,
      message: 'kept as an other STIX object of your agency',
    });
    // The inbox and REST import are one path (XCH-1): what the inbox kept is listed as CBP's other objects.
    const kept = await getJson<StixOtherObjectPage>(server.url, '/api/v1/stix/other-objects?limit=500', {
      agency: 'CBP',
    });
    expect(kept.json.items.map((o) => o.stixId)).toContain(indicator.id);
    const seenByJca = await getJson<StixOtherObjectPage>(server.url, '/api/v1/stix/other-objects?limit=500', {
      agency: 'JCA',
    });
    expect(seenByJca.json.items.map((o) => o.stixId)).not.toContain(indicator.id);
    await socket.waitFor(
      () => socket.received.some((e) => e.title === 'Posted through TAXII'),
      1000,
      'the posted event live',
    );
    expect(Date.now() - started).toBeLessThan(1500);
    const live = socket.received.find((e) => e.title === 'Posted through TAXII');
    expect(live).toMatchObject({ ownerAgency: 'CBP', releasability: written.releasability });
    socket.socket.close();
    // Read back through TAXII: it is the newest incident of the released collection.
    const released = byAlias(collections, 'released-to-cbp');
    const after = await client.allObjects(released, 1000, { 'match[type]': 'incident' });
    expect(after.at(-1)).toMatchObject({
      type: 'incident',
      name: 'Posted through TAXII',
      id: stixIdOf('event', live?.id ?? ''),
    });
    // Posting the same objects again stores nothing new.
    const again = await client.addObjects(inbox, bundle.objects);
    expect(again.successes?.find((s) => s.id === writtenId)?.message).toMatch(/^already stored as event /);
  });

  it('[TAXII-7] a status is read by its poster only; another agency gets the 404 of an unknown id', async () => {
    const cbp = StrictTaxiiClient.basic(testKey('CBP'));
    const { root, collections } = await collectionsOf(cbp);
    const status = await cbp.addObjects(byAlias(collections, 'inbox-cbp'), []);
    expect(status).toMatchObject({ total_count: 0, success_count: 0, failure_count: 0, pending_count: 0 });
    const jca = StrictTaxiiClient.basic(testKey('JCA'));
    const theirs = await jca.request('GET', `${root}status/${status.id}/`);
    const unknown = await jca.request('GET', `${root}status/00000000-0000-4000-8000-000000000000/`);
    expect(theirs.status).toBe(404);
    expect(unknown.status).toBe(404);
    // Only the inbox of the caller's own agency is writable; a read collection refuses a POST.
    const released = byAlias(collections, 'released-to-cbp');
    const refused = await cbp.request('POST', `${released}objects/`, { contentType: TAXII, body: '{"objects":[]}' });
    expect(refused.status).toBe(403);
    const jcaInbox = byAlias((await collectionsOf(jca)).collections, 'inbox-jca');
    expect(
      (await cbp.request('POST', `${jcaInbox}objects/`, { contentType: TAXII, body: '{"objects":[]}' })).status,
    ).toBe(404);
    // A wall display's device token reads, but has no write: its inbox says so and refuses.
    const wall = StrictTaxiiClient.bearer(testDeviceToken('CBP'));
    const wallInbox = (await collectionsOf(wall)).collections.find((c) => c.alias === 'inbox-cbp');
    expect(wallInbox?.can_write).toBe(false);
    expect(
      (await wall.request('POST', `${wallInbox?.url}objects/`, { contentType: TAXII, body: '{"objects":[]}' })).status,
    ).toBe(403);
  });

  it('the strict client itself refuses a server that breaks the rules (so its checks can fail)', async () => {
    const lying = new StrictTaxiiClient(
      'Bearer x',
      async () =>
        new Response(JSON.stringify({ title: 't', api_roots: [] }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    await expect(lying.discover(discovery)).rejects.toThrow(TaxiiViolation);
    const badCounts = new StrictTaxiiClient(
      'Bearer x',
      async () =>
        new Response(
          JSON.stringify({
            id: 's',
            status: 'complete',
            total_count: 2,
            success_count: 1,
            failure_count: 0,
            pending_count: 0,
          }),
          { headers: { 'content-type': TAXII } },
        ),
    );
    await expect(badCounts.status(discovery)).rejects.toThrow(/do not add up/);
    const overLimit = new StrictTaxiiClient(
      'Bearer x',
      async () =>
        new Response(JSON.stringify({ more: false, objects: [{}, {}] }), { headers: { 'content-type': TAXII } }),
    );
    await expect(overLimit.objectsPage(discovery, { limit: '1' })).rejects.toThrow(/for limit 1/);
  });
});
