import { CoTParser } from '@tak-ps/node-cot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntelEvent, Unit } from '@tidewatch/contracts';
import type { RunningServer } from '../src/index.ts';
import type { CotRuntime } from '../src/cot/cot-runtime.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { login, type UserSession } from '../../../test/support/session.ts';
import { feedAis, positionReport, until } from '../../../test/support/intel.ts';
import { postEvent, startTestServer, TEST_PASSWORD } from '../../../test/support/server.ts';
import { TakClient } from '../../../test/support/tak-client.ts';

const dir = createTempDir('cot');
let server: RunningServer;
let cot: CotRuntime;
let uscg: UserSession;
let uscgAdmin: UserSession;
let cutter: Unit;
let boat: Unit;
let cutterDevice: { id: string; secret: string };
let cbpDevice: { id: string; secret: string };
const clients: TakClient[] = [];
let goFastAlertId: string;
const SUSPECT_MMSI = 338000001;

async function ok<T>(p: Promise<{ status: number; json: unknown }>, status = 200): Promise<T> {
  const r = await p;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.json)}`);
  return r.json as T;
}

async function device(admin: UserSession, body: object): Promise<{ id: string; secret: string }> {
  return ok(admin.request('/api/v1/admin/api-keys', { method: 'POST', body: { kind: 'tak', ...body } }), 201);
}

async function open(name: string, secret: string, uid = `ANDROID-${name}`): Promise<TakClient> {
  const port = cot.tcpPort;
  if (port === undefined) throw new Error('the CoT port is not listening');
  const client = await TakClient.open(port);
  clients.push(client);
  client.auth(name, secret, uid);
  return client;
}

/** A CoT message as a TAK client would send it, built by node-cot from a point and its properties. */
async function cotFrom(id: string, lonLat: [number, number], properties: Record<string, unknown>): Promise<string> {
  const now = new Date();
  const cot = await CoTParser.from_geojson({
    type: 'Feature',
    id,
    properties: {
      time: now.toISOString(),
      start: now.toISOString(),
      stale: new Date(now.getTime() + 600_000).toISOString(),
      ...properties,
    },
    geometry: { type: 'Point', coordinates: lonLat },
  });
  return CoTParser.to_xml(cot);
}

const uidOf = (c: { raw: { event: { _attributes: { uid: string } } } }) => c.raw.event._attributes.uid;
const typeOf = (client: TakClient, uid: string) => client.latest(uid)?.raw.event._attributes.type;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, COT_TCP_PORT: 0, COT_AUTH_TIMEOUT_SECONDS: 2 });
  if (!server.cot) throw new Error('COT_TCP_PORT is set: the CoT runtime runs');
  cot = server.cot;
  await server.ctx.users.upsertByUsername({
    username: 'uscg.supervisor',
    displayName: 'USCG supervisor',
    agencyCode: 'USCG',
    role: 'supervisor',
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  uscg = await login(server.url, 'uscg.supervisor');
  uscgAdmin = await login(server.url, 'uscg.admin');
  const create = (body: object) => ok<Unit>(uscg.request('/api/v1/units', { method: 'POST', body }), 201);
  cutter = await create({
    callSign: 'VIGOROUS',
    type: 'cutter',
    maxSpeedKn: 25,
    enduranceH: 72,
    releasability: { tlp: 'RED', recipients: ['JCA'] },
  });
  boat = await create({
    callSign: 'RB-M 45',
    type: 'interceptor',
    maxSpeedKn: 40,
    enduranceH: 8,
    releasability: { tlp: 'GREEN' },
  });
  for (const unit of [cutter, boat])
    await ok(uscg.request(`/api/v1/units/${unit.id}/position`, { method: 'POST', body: { lat: 17.9, lon: -76.8 } }));
  cutterDevice = await device(uscgAdmin, { agency: 'USCG', name: 'vigorous-atak', unitId: cutter.id });
  cbpDevice = await device(await login(server.url, 'cbp.admin'), { agency: 'CBP', name: 'cbp-atak' });
  feedAis(server, positionReport(SUSPECT_MMSI, 17.6, -76.6, 35), Date.now());
  feedAis(server, positionReport(SUSPECT_MMSI + 1, 17.5, -76.5, 8), Date.now());
  // An alert on the go-fast released to USCG only: suspect to USCG's devices, unknown to CBP's.
  const alert = await postEvent(
    server.url,
    {
      kind: 'vessel_alert',
      title: 'go-fast, no AIS history',
      occurredAt: new Date().toISOString(),
      position: { lat: 17.6, lon: -76.6 },
      ownerAgency: 'JCA',
      releasability: { tlp: 'AMBER', recipients: ['USCG'] },
      severity: 4,
      subjects: { vessels: [{ mmsi: String(SUSPECT_MMSI) }] },
    },
    { agency: 'JCA' },
  );
  if (alert.status !== 201) throw new Error(JSON.stringify(alert.json));
  goFastAlertId = String(alert.json.id);
  // A new embedded database and a dozen set-up requests: minutes on a loaded machine, not the 60 s default.
}, 240_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await server.close();
  dir.remove();
});

describe('CoT devices (COT-6, COT-7)', () => {
  it('[COT-6] a wrong secret, a message before the credential, or none in time: closed, nothing sent, audited', async () => {
    const refusedBefore = cot.counters.authRefused;
    const wrong = await open('vigorous-atak', 'tw_tak_not-the-secret');
    const otherName = await open('cbp-atak', cutterDevice.secret);
    const port = cot.tcpPort ?? 0;
    const early = await TakClient.open(port);
    clients.push(early);
    early.send(
      '<event version="2.0" uid="x" type="a-f-G" how="m-g" time="2026-12-07T12:00:00Z" start="2026-12-07T12:00:00Z" stale="2026-12-07T12:05:00Z"><point lat="1" lon="1" hae="0" ce="1" le="1"/></event>',
    );
    const silent = await TakClient.open(port);
    clients.push(silent);
    await until('refused connections closed', () =>
      wrong.closed && otherName.closed && early.closed ? true : undefined,
    );
    await until('the silent connection timed out', () => (silent.closed ? true : undefined), 10_000);
    for (const client of [wrong, otherName, early, silent]) expect(client.received).toEqual([]);
    expect(cot.counters.authRefused - refusedBefore).toBe(3);
    await server.ctx.audit.flush();
    const rows = await server.ctx.audit.search({ action: 'cot.connect' }, 20);
    expect(rows.filter((r) => r.outcome === 'denied').length).toBeGreaterThanOrEqual(2);
  });

  it('[COT-6] a TAK credential opens nothing but the CoT port', async () => {
    const res = await fetch(`${server.url}/api/v1/units`, {
      headers: { authorization: `Bearer ${cutterDevice.secret}` },
    });
    expect(res.status).toBe(401);
  });

  it('[COT-6] a TAK credential binds only a unit of its own agency', async () => {
    const r = await (await login(server.url, 'jca.admin')).request('/api/v1/admin/api-keys', {
      method: 'POST',
      body: { kind: 'tak', agency: 'JCA', name: 'jca-atak', unitId: cutter.id },
    });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(JSON.stringify(r.json)).toContain('unitId');
  });
});

describe('CoT out (COT-1, COT-2, COT-3)', () => {
  it('[COT-1] [COT-2] each device gets what its agency may read: units friendly, the vessel suspect only where released', async () => {
    const uscgClient = await open('vigorous-atak', cutterDevice.secret);
    const cbpClient = await open('cbp-atak', cbpDevice.secret);
    const boatUid = `TW-UNIT-${boat.id}`;
    const cutterUid = `TW-UNIT-${cutter.id}`;
    await until('USCG device has units and vessels', () =>
      uscgClient.latest(cutterUid) && uscgClient.latest(`MMSI-${SUSPECT_MMSI}`) ? true : undefined,
    );
    await until('CBP device has the green unit and the vessels', () =>
      cbpClient.latest(boatUid) && cbpClient.latest(`MMSI-${SUSPECT_MMSI}`) ? true : undefined,
    );
    // The alert is a marker too; waiting for it means everything before it was delivered.
    await until('USCG device has the alert marker', () =>
      uscgClient.received.some((c) => c.raw.event._attributes.type === 'b-m-p-s-m') ? true : undefined,
    );
    expect(typeOf(uscgClient, cutterUid)).toBe('a-f-S-X-L');
    expect(typeOf(uscgClient, `MMSI-${SUSPECT_MMSI}`)).toMatch(/^a-s-S/);
    expect(typeOf(uscgClient, `MMSI-${SUSPECT_MMSI + 1}`)).toMatch(/^a-u-S/);
    expect(typeOf(cbpClient, `MMSI-${SUSPECT_MMSI}`)).toMatch(/^a-u-S/);
    // RED to JCA: never on CBP's device; the alert (AMBER to USCG) neither.
    expect(cbpClient.uids()).not.toContain(cutterUid);
    expect(cbpClient.received.some((c) => c.raw.event._attributes.type === 'b-m-p-s-m')).toBe(false);
    // node-cot read every byte we sent as valid CoT.
    expect([...uscgClient.refusedByNodeCot, ...cbpClient.refusedByNodeCot]).toEqual([]);
  });

  it('[COT-2] closing the alert makes the vessel unknown at its next send, not at the minute re-read', async () => {
    const client = await open('vigorous-atak', cutterDevice.secret);
    const uid = `MMSI-${SUSPECT_MMSI}`;
    await until('suspect vessel', () => (typeOf(client, uid)?.startsWith('a-s-S') ? true : undefined));
    const jca = await login(server.url, 'jca.analyst');
    const alert = await ok<IntelEvent>(jca.request(`/api/v1/events/${goFastAlertId}`));
    const closedAt = Date.now();
    await ok(
      jca.request(`/api/v1/events/${goFastAlertId}/triage`, {
        method: 'PATCH',
        body: { status: 'closed', baseVersion: alert.version },
      }),
    );
    // The vessel did not move: the closure alone sends it again, now unknown, within the vessel interval.
    await until('unknown vessel', () => (typeOf(client, uid)?.startsWith('a-u-S') ? true : undefined), 15_000);
    expect(Date.now() - closedAt).toBeLessThan(15_000);
    expect(cot.marks.suspectTo(SUSPECT_MMSI, { agency: 'USCG', groups: new Set<string>() })).toBe(false);
  });

  it('[COT-3] a vessel moving every second is sent at most once per interval', async () => {
    const client = await open('cbp-atak', cbpDevice.secret);
    const uid = `MMSI-${SUSPECT_MMSI + 1}`;
    await until('snapshot', () => (client.latest(uid) ? true : undefined));
    const start = client.received.filter((c) => uidOf(c) === uid).length;
    const began = Date.now();
    for (let i = 1; i <= 6; i++) {
      feedAis(server, positionReport(SUSPECT_MMSI + 1, 17.5 + i / 1000, -76.5, 8), Date.now());
      await new Promise((r) => setTimeout(r, 1000));
    }
    const updates = client.received.filter((c) => uidOf(c) === uid).length - start;
    const seconds = (Date.now() - began) / 1000;
    expect(updates).toBeGreaterThanOrEqual(1);
    // COT_VESSEL_INTERVAL_SECONDS defaults to 5.
    expect(updates).toBeLessThanOrEqual(Math.ceil(seconds / 5) + 1);
  });
});

describe('CoT in (COT-8, COT-9, COT-10)', () => {
  it('[COT-9] the bound device’s own SA (built by node-cot) moves its unit, source tak', async () => {
    const client = await open('vigorous-atak', cutterDevice.secret, 'ANDROID-vigorous');
    await until('joined', () => (client.received.length > 0 ? true : undefined));
    client.send(
      await cotFrom('ANDROID-vigorous', [-76.4, 17.7], {
        type: 'a-f-S-X-L',
        how: 'm-g',
        callsign: 'VIGOROUS',
        course: 270,
        speed: 10,
      }),
    );
    const moved = await until('the cutter moved', async () => {
      const unit = await ok<Unit>(uscg.request(`/api/v1/units/${cutter.id}`));
      return unit.position?.source === 'tak' ? unit : undefined;
    });
    expect(moved.position).toMatchObject({ lat: 17.7, lon: -76.4, source: 'tak' });
    expect(moved.position?.speedKn).toBeCloseTo(19.44, 1);
  });

  it('[COT-10] a spot report becomes a sighting event of the device’s agency, audited, unseen by others', async () => {
    const client = await open('vigorous-atak', cutterDevice.secret);
    await until('joined', () => (client.received.length > 0 ? true : undefined));
    client.send(
      await cotFrom('spot-1', [-75.9, 17.5], {
        type: 'b-m-p-s-p-i',
        how: 'h-e',
        callsign: 'two go-fasts north of Morant Cays',
        remarks: 'no lights, heading 010',
      }),
    );
    const event = await until('the sighting is stored', async () => {
      const list = await ok<{ items: IntelEvent[] }>(uscg.request('/api/v1/events?kind=sighting_report'));
      return list.items.find((e) => e.title === 'two go-fasts north of Morant Cays');
    });
    expect(event).toMatchObject({ ownerAgency: 'USCG', releasability: { tlp: 'AMBER+STRICT' } });
    expect(event.summary).toContain('no lights');
    const cbp = await login(server.url, 'cbp.analyst');
    expect((await cbp.request(`/api/v1/events/${event.id}`)).status).toBe(404);
    await server.ctx.audit.flush();
    const created = await server.ctx.audit.search({ action: 'event.create', targetId: event.id }, 5);
    expect(created.map((r) => r.actorKind)).toEqual(['tak_device']);
  });

  it('[COT-8] malformed XML, entity bombs and a huge document are counted and logged; the port keeps serving', async () => {
    const before = { ...cot.counters };
    const client = await open('vigorous-atak', cutterDevice.secret);
    await until('joined', () => (client.received.length > 0 ? true : undefined));
    client.send('<event><point></event>');
    client.send(
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><event uid="&lol2;"></event>',
    );
    client.send(`<event uid="big">${'A'.repeat(200_000)}`);
    client.send('</event>');
    await until('counted', () =>
      cot.counters.malformed - before.malformed >= 2 && cot.counters.oversized > before.oversized ? true : undefined,
    );
    expect(client.closed).toBe(false);
    // A fresh device still connects and gets its picture.
    const next = await open('cbp-atak', cbpDevice.secret);
    await until('still serving', () => (next.received.length > 0 ? true : undefined));
    expect((await fetch(`${server.url}/health/ready`)).status).toBeLessThan(500);
  });

  it('[COT-7] revoking the credential closes its open connections', async () => {
    const client = await open('vigorous-atak', cutterDevice.secret);
    await until('joined', () => (client.received.length > 0 ? true : undefined));
    await ok(uscgAdmin.request(`/api/v1/admin/api-keys/${cutterDevice.id}`, { method: 'DELETE' }));
    await until('closed after revocation', () => (client.closed ? true : undefined), 15_000);
    const again = await open('vigorous-atak', cutterDevice.secret);
    await until('refused', () => (again.closed ? true : undefined));
    expect(again.received).toEqual([]);
  });
});
