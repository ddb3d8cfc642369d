import { check } from '@placemarkio/check-geojson';
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntelEvent, Task, TaskChangedMessage, Unit, UnitChangedMessage } from '@tidewatch/contracts';
import type { RunningServer } from '../src/index.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { EventClient } from '../../../test/support/event-client.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { login, type UserSession } from '../../../test/support/session.ts';
import { postEvent, startTestServer, TEST_PASSWORD, testDeviceToken, testKey } from '../../../test/support/server.ts';

const dir = createTempDir('operations');
let server: RunningServer;
const sup: Record<string, UserSession> = {};
let jcaAnalyst: UserSession;
let redCutter: Unit;
let amberHelo: Unit;
let greenBoat: Unit;
let redEventForUscg: string;
let redEventJcaOnly: string;

const KINGSTON = { lat: 17.9, lon: -76.8 };

/** Polls `predicate` until it holds (socket messages other than events do not wake EventClient's waiters). */
async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function ok<T>(p: Promise<{ status: number; json: unknown }>, status = 200): Promise<T> {
  const r = await p;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.json)}`);
  return r.json as T;
}

async function event(tlp: string, recipients: string[]): Promise<string> {
  const r = await postEvent(server.url, {
    kind: 'sighting_report',
    title: `go-fast ${tlp} ${recipients.join(',')}`,
    occurredAt: new Date().toISOString(),
    position: { lat: 17.3, lon: -76.8 },
    ownerAgency: 'JCA',
    releasability: { tlp, recipients },
    severity: 4,
  });
  if (r.status !== 201) throw new Error(JSON.stringify(r.json));
  return String(r.json.id);
}

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
  const hash = await hashPassword(TEST_PASSWORD);
  for (const code of ['JCA', 'USCG', 'CBP', 'JCF'])
    await server.ctx.users.upsertByUsername({
      username: `${code.toLowerCase()}.supervisor`,
      displayName: `${code} supervisor`,
      agencyCode: code,
      role: 'supervisor',
      passwordHash: hash,
    });
  await server.ctx.sharingGroups.upsert({ code: 'test-shiprider', name: 'shiprider', members: ['JCA', 'USCG'] });
  await server.ctx.units.allowTasking('test-shiprider', new Date().toISOString());
  for (const code of ['JCA', 'USCG', 'CBP', 'JCF'])
    sup[code] = await login(server.url, `${code.toLowerCase()}.supervisor`);
  jcaAnalyst = await login(server.url, 'jca.analyst');
  const uscg = sup.USCG as UserSession;
  const create = (body: object) => ok<Unit>(uscg.request('/api/v1/units', { method: 'POST', body }), 201);
  redCutter = await create({
    callSign: 'VIGOROUS',
    type: 'cutter',
    maxSpeedKn: 25,
    enduranceH: 72,
    releasability: { tlp: 'RED', recipients: ['JCA'] },
  });
  amberHelo = await create({
    callSign: 'CG-6589',
    type: 'helicopter',
    maxSpeedKn: 140,
    enduranceH: 3,
    releasability: { tlp: 'AMBER', sharingGroups: ['test-shiprider'] },
  });
  greenBoat = await create({
    callSign: 'RB-M 45',
    type: 'interceptor',
    maxSpeedKn: 40,
    enduranceH: 8,
    releasability: { tlp: 'GREEN' },
  });
  await ok(uscg.request(`/api/v1/units/${redCutter.id}/position`, { method: 'POST', body: KINGSTON }));
  redEventForUscg = await event('RED', ['USCG']);
  redEventJcaOnly = await event('RED', []);
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

const callSigns = (units: unknown) => (units as Unit[]).map((u) => u.callSign).sort();

describe('units (OPSU-1..3)', () => {
  it('[OPSU-1] each agency lists, gets and counts only the units released to it; the rest answer 404', async () => {
    expect(callSigns(await ok((sup.USCG as UserSession).request('/api/v1/units')))).toEqual([
      'CG-6589',
      'RB-M 45',
      'VIGOROUS',
    ]);
    expect(callSigns(await ok((sup.JCA as UserSession).request('/api/v1/units')))).toEqual([
      'CG-6589',
      'RB-M 45',
      'VIGOROUS',
    ]);
    expect(callSigns(await ok((sup.CBP as UserSession).request('/api/v1/units')))).toEqual(['RB-M 45']);
    for (const unit of [redCutter, amberHelo]) {
      const hidden = await (sup.CBP as UserSession).request(`/api/v1/units/${unit.id}`);
      const missing = await (sup.CBP as UserSession).request('/api/v1/units/00000000-0000-4000-8000-000000000000');
      expect(hidden.status).toBe(404);
      // REL-9: the answer for a hidden unit is the answer for one that does not exist, but for the id.
      expect(JSON.stringify(hidden.json).replace(unit.id, 'X')).toBe(
        JSON.stringify(missing.json).replace('00000000-0000-4000-8000-000000000000', 'X'),
      );
    }
    const seen = await ok<Unit>((sup.JCA as UserSession).request(`/api/v1/units/${redCutter.id}`));
    expect(seen).toMatchObject({
      callSign: 'VIGOROUS',
      freshness: 'live',
      position: { ...KINGSTON, source: 'manual' },
    });
  });

  it('[OPSU-2] a moved unit reaches, live, the sockets that may read it and no other', async () => {
    const jca = new EventClient(server.url, undefined, testKey('JCA'));
    const cbp = new EventClient(server.url, undefined, testKey('CBP'));
    const byJca: UnitChangedMessage[] = [];
    const byCbp: UnitChangedMessage[] = [];
    jca.socket.on('unit:changed', (m) => byJca.push(m));
    cbp.socket.on('unit:changed', (m) => byCbp.push(m));
    try {
      await Promise.all([jca.waitForSynced(), cbp.waitForSynced()]);
      const uscg = sup.USCG as UserSession;
      await ok(
        uscg.request(`/api/v1/units/${redCutter.id}/position`, { method: 'POST', body: { lat: 17.8, lon: -76.7 } }),
      );
      // Then a GREEN one: its message reaching CBP proves CBP's socket was served after the RED move.
      await ok(uscg.request(`/api/v1/units/${greenBoat.id}/position`, { method: 'POST', body: { lat: 18, lon: -77 } }));
      await until(() => byCbp.some((m) => m.unit.id === greenBoat.id), 5000, 'green move');
      await until(() => byJca.some((m) => m.unit.id === greenBoat.id), 5000, 'green move');
      expect(byJca.some((m) => m.unit.id === redCutter.id && m.unit.position?.lat === 17.8)).toBe(true);
      expect(byCbp.filter((m) => m.unit.id !== greenBoat.id)).toEqual([]);
    } finally {
      jca.close();
      cbp.close();
    }
  });

  it("[OPSU-3] only the owner edits or moves a unit, from the version it read; nobody sets 'tasked' by hand", async () => {
    const moved = await (sup.JCA as UserSession).request(`/api/v1/units/${redCutter.id}/position`, {
      method: 'POST',
      body: KINGSTON,
    });
    expect(moved.status).toBe(403);
    const hidden = await (sup.CBP as UserSession).request(`/api/v1/units/${redCutter.id}`, {
      method: 'PATCH',
      body: { name: 'x', baseVersion: 1 },
    });
    expect(hidden.status).toBe(404);
    const tasked = await (sup.USCG as UserSession).request(`/api/v1/units/${greenBoat.id}`, {
      method: 'PATCH',
      body: { status: 'tasked', baseVersion: 1 },
    });
    expect(tasked.status).toBe(422);
    const stale = await (sup.USCG as UserSession).request(`/api/v1/units/${greenBoat.id}`, {
      method: 'PATCH',
      body: { name: 'renamed', baseVersion: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ error: { code: 'conflict', detail: { current: { callSign: 'RB-M 45' } } } });
    const analyst = await jcaAnalyst.request('/api/v1/units', {
      method: 'POST',
      body: { callSign: 'X', type: 'cutter', maxSpeedKn: 1, enduranceH: 1, releasability: { tlp: 'GREEN' } },
    });
    expect(analyst.status).toBe(403);
  });
});

describe('tasking (OPSU-4..9)', () => {
  let task: Task;

  it('[OPSU-4] tasking needs the right role, a readable unit and target, an agreement, and a target the unit agency reads', async () => {
    const body = { unitId: redCutter.id, targetType: 'event', targetId: redEventForUscg };
    expect((await jcaAnalyst.request('/api/v1/tasks', { method: 'POST', body })).status).toBe(403);
    // CBP cannot read the RED cutter: it does not exist for CBP.
    expect((await (sup.CBP as UserSession).request('/api/v1/tasks', { method: 'POST', body })).status).toBe(404);
    // CBP reads the GREEN boat, but no agreement lets CBP task USCG's units.
    const cbpEvent = await postEvent(
      server.url,
      {
        kind: 'sighting_report',
        title: 'cbp',
        occurredAt: new Date().toISOString(),
        position: { lat: 18, lon: -76 },
        ownerAgency: 'CBP',
        releasability: { tlp: 'GREEN' },
        severity: 2,
      },
      { agency: 'CBP' },
    );
    const noAgreement = await (sup.CBP as UserSession).request('/api/v1/tasks', {
      method: 'POST',
      body: { unitId: greenBoat.id, targetType: 'event', targetId: String(cbpEvent.json.id) },
    });
    expect(noAgreement.status).toBe(403);
    // A RED target the unit's agency may not read: tasking would tell USCG of it.
    const unreleased = await (sup.JCA as UserSession).request('/api/v1/tasks', {
      method: 'POST',
      body: { ...body, targetId: redEventJcaOnly },
    });
    expect(unreleased.status).toBe(422);
    expect(unreleased.json).toMatchObject({ error: { issues: [{ path: 'targetId' }] } });
    task = await ok<Task>((sup.JCA as UserSession).request('/api/v1/tasks', { method: 'POST', body }), 201);
    expect(task).toMatchObject({
      state: 'proposed',
      unitAgency: 'USCG',
      taskingAgency: 'JCA',
      intercept: { possible: true },
    });
    // One open task per unit.
    const again = await (sup.JCA as UserSession).request('/api/v1/tasks', { method: 'POST', body });
    expect(again.status).toBe(409);
  });

  it('[OPSU-6] a task is read by who reads both unit and target, on REST and on the socket', async () => {
    for (const [code, visible] of [
      ['JCA', true],
      ['USCG', true],
      ['CBP', false],
      ['JCF', false],
    ] as const) {
      const one = await (sup[code] as UserSession).request(`/api/v1/tasks/${task.id}`);
      expect([code, one.status]).toEqual([code, visible ? 200 : 404]);
      const list = (await ok<Task[]>((sup[code] as UserSession).request('/api/v1/tasks'))).map((t) => t.id);
      expect([code, list.includes(task.id)]).toEqual([code, visible]);
    }
  });

  it('[OPSU-8] the intercept is recomputed as the unit moves and reaches the readers of the task', async () => {
    const jca = new EventClient(server.url, undefined, testKey('JCA'));
    const byJca: TaskChangedMessage[] = [];
    jca.socket.on('task:changed', (m) => byJca.push(m));
    try {
      await jca.waitForSynced();
      const before = task.intercept.possible ? task.intercept.distanceNm : Number.NaN;
      // 20 nm closer to the go-fast: the ticker tells the task's readers of the shorter run.
      await ok(
        (sup.USCG as UserSession).request(`/api/v1/units/${redCutter.id}/position`, {
          method: 'POST',
          body: { lat: 17.8 - 20 / 60, lon: -76.8 },
        }),
      );
      await until(
        () =>
          byJca.some(
            (m) => m.task.id === task.id && m.task.intercept.possible && m.task.intercept.distanceNm < before - 10,
          ),
        10_000,
        'a recomputed intercept',
      );
    } finally {
      jca.close();
    }
  });

  it('[GIS-7] a task exports with its unit, target and intercept for its readers only, marked with the stricter label, audited', async () => {
    const exportAs = (token: string, format: string) =>
      fetch(`${server.url}/api/v1/tasks/${task.id}/intercept.${format}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const geo = await exportAs(testKey('JCA'), 'geojson');
    expect(geo.status).toBe(200);
    expect(geo.headers.get('content-disposition')).toMatch(/tidewatch-task-VIGOROUS-.*-tlp-red\.geojson/);
    const text = await geo.text();
    const collection = check(text);
    if (collection.type !== 'FeatureCollection') throw new Error(`not a FeatureCollection: ${collection.type}`);
    const byRole = new Map(collection.features.map((f) => [String(f.properties?.role), f]));
    expect([...byRole.keys()].sort()).toEqual(['intercept', 'target', 'target leg', 'unit', 'unit leg']);
    expect(JSON.parse(text)).toMatchObject({ marking: 'TLP:RED' });
    const meeting = byRole.get('intercept')?.geometry;
    const unitLeg = byRole.get('unit leg')?.geometry;
    // The unit's leg ends where the intercept point is: the same meeting in both features.
    expect(meeting?.type).toBe('Point');
    expect(unitLeg?.type).toBe('LineString');
    if (meeting?.type === 'Point' && unitLeg?.type === 'LineString')
      expect(unitLeg.coordinates.at(-1)).toEqual(meeting.coordinates);

    const kmlAnswer = await exportAs(testKey('USCG'), 'kml');
    expect(kmlAnswer.status).toBe(200);
    const readBack = kml(new DOMParser().parseFromString(await kmlAnswer.text(), 'text/xml'));
    expect(readBack.features.map((f) => f.properties?.name)).toContain('VIGOROUS (USCG)');

    // Not a reader of the task: the answer of a task that does not exist. No export right: 403.
    const hidden = await exportAs(testKey('CBP'), 'geojson');
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).not.toContain('VIGOROUS');
    expect((await exportAs(testDeviceToken('JCA'), 'geojson')).status).toBe(403);
    await server.ctx.audit.flush();
    const rows = await server.ctx.audit.search({ action: 'task.export', agency: 'JCA' }, 5);
    expect(rows[0]).toMatchObject({ targetId: task.id, outcome: 'success' });
  });

  it('[OPSU-5][OPSU-9] the unit agency accepts and reports; illegal moves are 409, the other side’s 403, stale 409; completion files the outcome', async () => {
    const jca = new EventClient(server.url, undefined, testKey('JCA'));
    const cbp = new EventClient(server.url, undefined, testKey('CBP'));
    const byJca: TaskChangedMessage[] = [];
    const byCbp: TaskChangedMessage[] = [];
    jca.socket.on('task:changed', (m) => byJca.push(m));
    cbp.socket.on('task:changed', (m) => byCbp.push(m));
    const move = (who: string, to: string, baseVersion: number, extra: object = {}) =>
      (sup[who] as UserSession).request(`/api/v1/tasks/${task.id}/state`, {
        method: 'POST',
        body: { to, baseVersion, ...extra },
      });
    try {
      await Promise.all([jca.waitForSynced(), cbp.waitForSynced()]);
      expect((await move('JCA', 'accepted', 1)).status).toBe(403);
      expect((await move('CBP', 'accepted', 1)).status).toBe(404);
      const accepted = await ok<Task>(move('USCG', 'accepted', 1));
      expect(accepted).toMatchObject({ state: 'accepted', version: 2 });
      expect(accepted.etaAt).not.toBeNull();
      const unit = await ok<Unit>((sup.USCG as UserSession).request(`/api/v1/units/${redCutter.id}`));
      expect(unit.status).toBe('tasked');
      await until(() => byJca.some((m) => m.task.state === 'accepted'), 5000, 'accepted live at JCA');
      const illegal = await move('USCG', 'completed', 2);
      expect(illegal.status).toBe(409);
      expect(illegal.json).toMatchObject({
        error: { detail: { state: 'accepted', allowed: ['en_route', 'aborted'] } },
      });
      expect((await move('USCG', 'en_route', 1)).status).toBe(409);
      await ok(move('USCG', 'en_route', 2));
      await ok(move('USCG', 'on_scene', 3));
      const done = await ok<Task>(
        move('USCG', 'completed', 4, {
          outcome: { kind: 'interdiction', title: 'Go-fast stopped, 2 detained', summary: 'Boarded at sea.' },
        }),
      );
      expect(done.state).toBe('completed');
      expect(done.outcomeEventId).toBeTruthy();
      expect((await move('USCG', 'aborted', 5)).status).toBe(409);
      const back = await ok<Unit>((sup.USCG as UserSession).request(`/api/v1/units/${redCutter.id}`));
      expect(back.status).toBe('available');
      await until(() => byJca.some((m) => m.task.state === 'completed'), 5000, 'completed live at JCA');
      expect(byCbp).toEqual([]);
      // OPSU-9: the outcome event is the unit agency's, released to the tasking agency, linked in its text.
      const outcome = await ok<IntelEvent>((sup.JCA as UserSession).request(`/api/v1/events/${done.outcomeEventId}`));
      expect(outcome).toMatchObject({
        kind: 'interdiction',
        ownerAgency: 'USCG',
        releasability: { tlp: 'RED', recipients: ['JCA'] },
      });
      expect(outcome.summary).toContain(task.id);
      expect((await (sup.CBP as UserSession).request(`/api/v1/events/${done.outcomeEventId}`)).status).toBe(404);
    } finally {
      jca.close();
      cbp.close();
    }
  });
});
