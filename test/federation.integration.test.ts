import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tlp } from '@tidewatch/contracts';
import { createFederationRepository } from '@tidewatch/db';
import type { RunningServer } from '@tidewatch/server';
import { oracleMayRead, type OracleItem } from './support/releasability-oracle.ts';
import {
  addPartner,
  adminOf,
  CMAA,
  eventually,
  JM_AGENCIES,
  readableEvents,
  startDeployment,
  US_AGENCIES,
  type DeploymentSeed,
} from './support/federation.ts';
import { getJson, postEvent } from './support/server.ts';
import { createTempDir } from './support/temp-dir.ts';

/**
 * Two real deployments, each on its own embedded database and port, pulling from each other over real HTTP:
 * Jamaica (JCA, JCF) and the United States (CBP, USCG), with the JCA-CBP agreement on both sides.
 */
const TLPS: Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
const jmDir = createTempDir('fed-jm');
const usDir = createTempDir('fed-us');
const seeds: Record<'jm' | 'us', DeploymentSeed> = {
  jm: { id: 'jm', dataDir: jmDir.path, hosts: JM_AGENCIES, remote: { us: US_AGENCIES }, groups: [CMAA] },
  us: { id: 'us', dataDir: usDir.path, hosts: US_AGENCIES, remote: { jm: JM_AGENCIES }, groups: [CMAA] },
};
const servers: Partial<Record<'jm' | 'us', RunningServer>> = {};
const MEMBERS = new Map([[CMAA.code, CMAA.members]]);

function server(which: 'jm' | 'us'): RunningServer {
  const s = servers[which];
  if (!s) throw new Error(`${which} is not running`);
  return s;
}

async function start(which: 'jm' | 'us', port?: number): Promise<RunningServer> {
  const s = await startDeployment({ ...seeds[which], ...(port === undefined ? {} : { port }) });
  servers[which] = s;
  return s;
}

async function restart(which: 'jm' | 'us'): Promise<void> {
  const port = server(which).port;
  await server(which).close();
  delete servers[which];
  await start(which, port);
}

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

beforeAll(async () => {
  await start('jm');
  await start('us');
  await addPartner(await adminOf(server('jm'), 'JCA'), 'jm', {
    id: 'us',
    name: 'United States',
    url: server('us').url,
  });
  await addPartner(await adminOf(server('us'), 'CBP'), 'us', { id: 'jm', name: 'Jamaica', url: server('jm').url });
}, 180_000);

afterAll(async () => {
  await Promise.all([servers.jm?.close(), servers.us?.close()]);
  jmDir.remove();
  usDir.remove();
});

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
    const usPort = server('us').port;
    await server('us').close();
    delete servers.us;
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
