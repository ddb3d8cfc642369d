import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tlp } from '@tidewatch/contracts';
import { createFederationRepository } from '@tidewatch/db';
import type { RunningServer } from '@tidewatch/server';
import { oracleMayRead, type OracleItem } from './support/releasability-oracle.ts';
import { addPartner, adminOf, CMAA, eventually, linkToken, readableEvents } from './support/federation.ts';
import { getJson, postEvent } from './support/server.ts';
import { federatedPair } from './support/federated-pair.ts';

/**
 * Two real deployments, each on its own embedded database and port, pulling from each other over real HTTP:
 * Jamaica (JCA, JCF) and the United States (CBP, USCG), with the JCA-CBP agreement on both sides.
 */
const TLPS: Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
const pair = federatedPair('fed');
const { server, start, restart } = pair;
const MEMBERS = new Map([[CMAA.code, CMAA.members]]);

/** How far `s` is behind `partner` (partner seq minus cursor), read from storage. */
async function linkLag(s: RunningServer, partner: string): Promise<number> {
  const row = await createFederationRepository(s.database.db).get(partner);
  const latest = await server(partner === 'jm' ? 'jm' : 'us').ctx.events.latestSeq();
  return row ? latest - row.cursor : Number.POSITIVE_INFINITY;
}

/** Stored events whose title carries `tag`, whoever may read them (what the database holds, for leak checks). */
function storedWithTag(s: RunningServer, tag: string): Promise<number> {
  return s.ctx.events.count({ text: tag });
}

let seq = 0;
function tagOf(label: string): string {
  seq += 1;
  return `fed${label}${seq}x${Date.now().toString(36)}`;
}

interface Written extends OracleItem {
  id: string;
  title: string;
  crosses: boolean;
}

/**
 * SPEC FED-2..FED-4 written out as a table, independently of releasableToPartner: an item crosses when it names
 * an agency the partner hosts, or names the agreement (which the partner's CBP or JCA belongs to) and is not
 * AMBER+STRICT or RED. The community (CLEAR/GREEN) stops at the border.
 */
function expectedToCross(item: OracleItem, partnerAgencies: readonly string[]): boolean {
  if (item.recipients.some((r) => partnerAgencies.includes(r))) return true;
  const viaAgreement = item.groups.includes(CMAA.code);
  return viaAgreement && (item.tlp === 'CLEAR' || item.tlp === 'GREEN' || item.tlp === 'AMBER');
}

async function writeMatrix(which: 'jm' | 'us', owner: string, tag: string): Promise<Written[]> {
  const local = which === 'jm' ? ['JCA', 'JCF'] : ['CBP', 'USCG'];
  const partner = which === 'jm' ? ['CBP', 'USCG'] : ['JCA', 'JCF'];
  const otherLocal = local.find((a) => a !== owner) ?? '';
  const written: Written[] = [];
  for (const tlp of TLPS) {
    const shapes: { recipients: string[]; groups: string[] }[] = [
      { recipients: [], groups: [] },
      { recipients: [otherLocal], groups: [] },
      ...partner.map((p) => ({ recipients: [p], groups: [] })),
      ...(tlp === 'RED' || !CMAA.members.includes(owner) ? [] : [{ recipients: [], groups: [CMAA.code] }]),
    ];
    for (const shape of shapes) {
      const title = `${tag} ${owner} ${tlp} ${shape.recipients.join('+') || '-'} ${shape.groups.join('+') || '-'}`;
      const res = await postEvent(
        server(which).url,
        {
          kind: 'seizure',
          title,
          occurredAt: '2026-11-20T14:05:00Z',
          position: { lat: 17.97, lon: -76.79 },
          ownerAgency: owner,
          releasability: { tlp, recipients: shape.recipients, sharingGroups: shape.groups },
          severity: 3,
          seizure: { commodity: 'firearms', quantity: 2, unit: 'items' },
        },
        { agency: owner },
      );
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      const item: OracleItem = { owner, tlp, recipients: shape.recipients, groups: shape.groups };
      written.push({ ...item, id: String(res.json.id), title, crosses: expectedToCross(item, partner) });
    }
  }
  return written;
}

/** Each agency of `which` reads exactly what the oracle lets it read of `written`, and sees it once. */
async function expectReadsAt(which: 'jm' | 'us', written: readonly Written[], tag: string, origin: string) {
  const hosts = which === 'jm' ? ['JCA', 'JCF'] : ['CBP', 'USCG'];
  for (const agency of hosts) {
    const sent = new Set(written.map((w) => w.id));
    const seen = (await readableEvents(server(which), agency, tag)).filter((e) => sent.has(e.id));
    const expected = written.filter((w) => w.crosses && oracleMayRead(agency, MEMBERS, w)).map((w) => w.id);
    expect(seen.map((e) => e.id).sort(), `${agency} at ${which}`).toEqual([...expected].sort());
    for (const event of seen) expect(event.origin).toBe(origin);
  }
}

beforeAll(() => pair.connect(), 420_000);

afterAll(() => pair.close());

describe('federation between two real deployments', () => {
  it('[FED-2] [FED-3] [FED-4] [FED-6] the releasability matrix across the boundary, both ways: 0 leaks, 0 lost, 0 duplicated, no echo', async () => {
    const tag = tagOf('matrix');
    const fromJm = [...(await writeMatrix('jm', 'JCA', tag)), ...(await writeMatrix('jm', 'JCF', tag))];
    const fromUs = await writeMatrix('us', 'CBP', tag);
    const toUs = fromJm.filter((w) => w.crosses).length;
    const toJm = fromUs.filter((w) => w.crosses).length;
    expect(toUs).toBeGreaterThan(5);
    expect(toJm).toBeGreaterThan(5);
    await eventually(
      async () =>
        (await storedWithTag(server('us'), tag)) >= fromUs.length + toUs &&
        (await storedWithTag(server('jm'), tag)) >= fromJm.length + toJm,
      20_000,
      'the matrix to cross both ways',
    );
    // Each side's links are caught up with the other's latest seq, so a wrong extra item would be here by now.
    await eventually(
      async () => (await linkLag(server('us'), 'jm')) === 0 && (await linkLag(server('jm'), 'us')) === 0,
      10_000,
      'both links caught up',
    );
    expect(await storedWithTag(server('us'), tag)).toBe(fromUs.length + toUs);
    expect(await storedWithTag(server('jm'), tag)).toBe(fromJm.length + toJm);
    await expectReadsAt('us', fromJm, tag, 'jm');
    await expectReadsAt('jm', fromUs, tag, 'us');
    // An event written here reads without an origin.
    const own = await getJson<{ origin?: string }>(server('jm').url, `/api/v1/events/${fromJm[0]?.id}`, {
      agency: 'JCA',
    });
    expect(own.status).toBe(200);
    expect(own.json.origin).toBeUndefined();
  }, 60_000);

  it('[FED-10] an event committed on one deployment is readable on the other within 5 s', async () => {
    const tag = tagOf('latency');
    const started = Date.now();
    const res = await postEvent(
      server('jm').url,
      {
        kind: 'seizure',
        title: `${tag} JCA to CBP`,
        occurredAt: '2026-11-20T14:05:00Z',
        ownerAgency: 'JCA',
        releasability: { tlp: 'AMBER', recipients: ['CBP'] },
        severity: 4,
        seizure: { commodity: 'firearms', quantity: 1, unit: 'items' },
      },
      { agency: 'JCA' },
    );
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    await eventually(
      async () =>
        (await getJson(server('us').url, `/api/v1/events/${String(res.json.id)}`, { agency: 'CBP' })).status === 200,
      5_000,
      'the event on the partner',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

async function postMany(
  which: 'jm' | 'us',
  owner: string,
  recipient: string,
  tag: string,
  n: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await postEvent(
      server(which).url,
      {
        kind: 'seizure',
        title: `${tag} ${i}`,
        occurredAt: '2026-11-20T14:05:00Z',
        ownerAgency: owner,
        releasability: { tlp: 'AMBER', recipients: [recipient] },
        severity: 2,
        seizure: { commodity: 'cash', quantity: i + 1, unit: 'USD' },
      },
      { agency: owner },
    );
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    ids.push(String(res.json.id));
  }
  return ids;
}

/** Every id of `ids` is stored on `which` exactly once, and nothing else carrying `tag` is. */
async function expectExactlyOnce(which: 'jm' | 'us', ids: readonly string[], tag: string, reader: string) {
  await eventually(
    async () => (await storedWithTag(server(which), tag)) >= ids.length,
    30_000,
    `${ids.length} on ${which}`,
  );
  const seen = (await readableEvents(server(which), reader, tag)).map((e) => e.id);
  expect(seen.length).toBe(new Set(seen).size);
  expect([...seen].sort()).toEqual([...ids].sort());
  expect(await storedWithTag(server(which), tag)).toBe(ids.length);
}

describe('federation through failures', () => {
  it('[FED-8] the link cut (the partner stopped) and restored: what was written meanwhile arrives once', async () => {
    const tag = tagOf('cut');
    const usPort = await pair.stop('us');
    const ids = await postMany('jm', 'JCA', 'CBP', tag, 25);
    await start('us', usPort);
    await expectExactlyOnce('us', ids, tag, 'CBP');
  }, 120_000);

  it('[FED-8] either side restarted mid-flow: 0 lost, 0 duplicated', async () => {
    const tag = tagOf('restart');
    const writing = postMany('us', 'CBP', 'JCA', tag, 40);
    await eventually(async () => (await storedWithTag(server('jm'), tag)) >= 5, 30_000, 'the flow to start');
    await restart('jm');
    const first = await writing;
    const more = postMany('jm', 'JCA', 'CBP', `${tag}b`, 30);
    await eventually(
      async () => (await storedWithTag(server('us'), `${tag}b`)) >= 5,
      30_000,
      'the second flow to start',
    );
    await restart('us');
    const second = await more;
    await expectExactlyOnce('jm', first, tag, 'JCA');
    await expectExactlyOnce('us', second, `${tag}b`, 'CBP');
  }, 180_000);
});

/** A partner that is not Tidewatch: first garbage, then a page mixing what it may and may not send. */
function startRogue(rogueSeq: { value: number }): Promise<Server> {
  let requests = 0;
  const event = (id: string, owner: string, tlp: Tlp, recipients: string[], title: string, seq: number) => ({
    seq,
    origin: 'rogue',
    event: {
      v: 1,
      id,
      seq,
      kind: 'seizure',
      title,
      summary: '',
      occurredAt: '2026-11-20T14:05:00.000Z',
      reportedAt: '2026-11-20T14:05:00.000Z',
      receivedAt: '2026-11-20T14:05:00.000Z',
      position: null,
      place: null,
      ownerAgency: owner,
      releasability: { tlp, recipients, sharingGroups: [] },
      severity: 2,
      grading: null,
      subjects: { vessels: [], containers: [], organisations: [], persons: [] },
      seizure: null,
      status: 'new',
      assigneeId: null,
      version: 1,
    },
  });
  const rogue = createServer((req, res) => {
    requests += 1;
    const after = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('after'));
    res.setHeader('content-type', 'application/json');
    if (requests <= 2) {
      res.end(requests === 1 ? 'this is not JSON' : JSON.stringify({ items: 'nope' }));
      return;
    }
    const items =
      after < 3
        ? [
            event(ROGUE_IDS.spoofed, 'JCF', 'AMBER', ['JCA'], 'rogue speaks for JCF', 1),
            event(ROGUE_IDS.community, 'RGA', 'GREEN', [], 'rogue community item', 2),
            event(ROGUE_IDS.allowed, 'RGA', 'AMBER', ['JCA'], 'rogue item for JCA', 3),
          ]
        : [];
    rogueSeq.value = 3;
    res.end(JSON.stringify({ deployment: 'rogue', items, next: 3, more: false, latest: 3 }));
  });
  return new Promise((resolve) => rogue.listen(0, '127.0.0.1', () => resolve(rogue)));
}

const ROGUE_IDS = {
  spoofed: '0193a5b0-0000-7000-8000-000000000001',
  community: '0193a5b0-0000-7000-8000-000000000002',
  allowed: '0193a5b0-0000-7000-8000-000000000003',
};

describe('federation refusals and administration', () => {
  it('[FED-11] [FED-7] a partner answering garbage is counted and retried; what it may not send is refused, audited, never stored', async () => {
    const rogueSeq = { value: 0 };
    const rogue = await startRogue(rogueSeq);
    try {
      const admin = await adminOf(server('jm'), 'JCA');
      const { port } = rogue.address() as AddressInfo;
      await addPartner(admin, 'jm', { id: 'rogue', name: 'Rogue deployment', url: `http://127.0.0.1:${port}` });
      const added = await admin.request('/api/v1/admin/partners/rogue/agencies', {
        method: 'POST',
        body: { code: 'RGA', name: 'Rogue agency', country: 'XX' },
      });
      expect(added.status).toBe(201);
      const repo = createFederationRepository(server('jm').database.db);
      await eventually(async () => (await repo.get('rogue'))?.cursor === 3, 30_000, 'the rogue page to be applied');
      const link = await repo.get('rogue');
      expect(link?.garbageCount).toBe(2);
      expect(link?.refusedCount).toBe(2);
      expect(link?.receivedCount).toBe(1);
      expect(link?.lastError).toBeNull();
      const read = (id: string) => getJson(server('jm').url, `/api/v1/events/${id}`, { agency: 'JCA' });
      expect((await read(ROGUE_IDS.allowed)).status).toBe(200);
      expect(await server('jm').ctx.events.getById(ROGUE_IDS.spoofed)).toBeUndefined();
      expect(await server('jm').ctx.events.getById(ROGUE_IDS.community)).toBeUndefined();
      await server('jm').ctx.audit.flush();
      const refusals = await server('jm').ctx.audit.search({ action: 'federation.refuse' }, 10);
      expect(refusals.map((r) => r.targetId).sort()).toEqual([ROGUE_IDS.spoofed, ROGUE_IDS.community].sort());
      // The screen's view of the link: counts, no credential.
      const links = (await admin.request('/api/v1/admin/partners')).json as Record<string, unknown>[];
      const shown = links.find((l) => l.id === 'rogue');
      expect(shown).toMatchObject({ garbageCount: 2, refusedCount: 2, receivedCount: 1, state: 'up' });
      expect(JSON.stringify(links)).not.toContain(linkToken('jm', 'rogue'));
      await admin.request('/api/v1/admin/partners/rogue', { method: 'PATCH', body: { enabled: false } });
    } finally {
      await new Promise((resolve) => rogue.close(resolve));
    }
  }, 60_000);

  it('[FED-9] disabling a partner stops the flow at once (its credential answers 401), enabling it resumes from the cursor', async () => {
    const tag = tagOf('disable');
    const admin = await adminOf(server('jm'), 'JCA');
    const off = await admin.request('/api/v1/admin/partners/us', { method: 'PATCH', body: { enabled: false } });
    expect(off.status).toBe(200);
    expect(off.json).toMatchObject({ state: 'disabled' });
    const feed = await fetch(`${server('jm').url}/api/v1/federation/feed?after=0`, {
      headers: { authorization: `Bearer ${linkToken('us', 'jm')}` },
    });
    expect(feed.status).toBe(401);
    const ids = await postMany('jm', 'JCA', 'CBP', tag, 3);
    // US keeps asking and keeps being refused: nothing crosses.
    const usRepo = createFederationRepository(server('us').database.db);
    await eventually(async () => /401/.test((await usRepo.get('jm'))?.lastError ?? ''), 30_000, 'US to see the 401');
    expect(await storedWithTag(server('us'), tag)).toBe(0);
    const on = await admin.request('/api/v1/admin/partners/us', { method: 'PATCH', body: { enabled: true } });
    expect(on.status).toBe(200);
    await expectExactlyOnce('us', ids, tag, 'CBP');
  }, 90_000);

  it('[FED-9] taking the partner agency out of the agreement stops agreement items at once', async () => {
    const tag = tagOf('agreement');
    const admin = await adminOf(server('jm'), 'JCA');
    const members = `/api/v1/admin/sharing-groups/${CMAA.code}/members`;
    // An agreement keeps at least two members: JCF joins while CBP is out.
    expect((await admin.request(members, { method: 'POST', body: { agency: 'JCF' } })).status).toBe(200);
    const removed = await admin.request(`${members}/CBP`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    try {
      const viaAgreement = await postEvent(
        server('jm').url,
        {
          kind: 'seizure',
          title: `${tag} via agreement`,
          occurredAt: '2026-11-20T14:05:00Z',
          ownerAgency: 'JCA',
          releasability: { tlp: 'AMBER', recipients: [], sharingGroups: [CMAA.code] },
          severity: 2,
          seizure: { commodity: 'cash', quantity: 1, unit: 'USD' },
        },
        { agency: 'JCA' },
      );
      expect(viaAgreement.status).toBe(201);
      const named = await postMany('jm', 'JCA', 'CBP', tag, 1);
      // The named one crosses; the agreement one, committed before it, never does.
      await expectExactlyOnce('us', named, tag, 'CBP');
    } finally {
      await admin.request(members, { method: 'POST', body: { agency: 'CBP' } });
      await admin.request(`${members}/JCF`, { method: 'DELETE' });
    }
  }, 60_000);

  it('[FED-1] a remote agency holds no user or key here, and its code is unique across the federation', async () => {
    const admin = await adminOf(server('jm'), 'JCA');
    const user = await admin.request('/api/v1/admin/users', {
      method: 'POST',
      body: {
        username: 'cbp.intruder',
        displayName: 'x',
        agency: 'CBP',
        role: 'analyst',
        password: 'a long enough password 123',
      },
    });
    expect(user.status).toBe(422);
    expect(JSON.stringify(user.json)).toContain('"path":"agency"');
    const key = await admin.request('/api/v1/admin/api-keys', {
      method: 'POST',
      body: { agency: 'CBP', kind: 'api', name: 'x', scopes: ['events:read'] },
    });
    expect(key.status).toBe(422);
    const clash = await admin.request('/api/v1/admin/partners/us/agencies', {
      method: 'POST',
      body: { code: 'JCF', name: 'Not the JCF', country: 'US' },
    });
    expect(clash.status).toBe(409);
    expect(JSON.stringify(clash.json)).toContain('"path":"code"');
  });

  it('[FED-12] partners are managed by administrators only, and bad input is a 4xx naming the field', async () => {
    const analystKey = await getJson(server('jm').url, '/api/v1/admin/partners', { agency: 'JCA' });
    expect(analystKey.status).toBe(403);
    const admin = await adminOf(server('jm'), 'JCA');
    const bad = await admin.request('/api/v1/admin/partners', {
      method: 'POST',
      body: { id: 'Bad Id', name: 'x', baseUrl: 'ftp://x', outboundToken: 'short', inboundToken: 'short' },
    });
    expect(bad.status).toBe(422);
    const paths = JSON.stringify(bad.json);
    for (const field of ['id', 'name', 'baseUrl', 'outboundToken', 'inboundToken'])
      expect(paths).toContain(`"path":"${field}"`);
    const missing = await admin.request('/api/v1/admin/partners/nobody', { method: 'PATCH', body: { enabled: false } });
    expect(missing.status).toBe(404);
  });
});
