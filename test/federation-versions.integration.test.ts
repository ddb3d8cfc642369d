import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { IntelEvent, PartnerLink } from '@tidewatch/contracts';
import { createEventChangeRepository } from '@tidewatch/db';
import { adminOf, CMAA, eventually, linkToken } from './support/federation.ts';
import { getJson, postEvent, testKey } from './support/server.ts';
import { federatedPair } from './support/federated-pair.ts';

/**
 * Versions and withdrawals across two real deployments (FED-13, FED-14): Jamaica (JCA, JCF) owns the events,
 * the United States (CBP, USCG) receives them; each on its own embedded database, pulling over real HTTP.
 */
const pair = federatedPair('fedv');
const { server, restart } = pair;

async function edit(id: string, body: Record<string, unknown>, agency = 'JCA') {
  const res = await fetch(`${server('jm').url}/api/v1/events/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${testKey(agency)}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as IntelEvent & { details?: unknown } };
}

/** What CBP at the US deployment can learn of the event, on every REST path: get, list, count, export. */
async function whatCbpSees(id: string, tag: string) {
  const url = server('us').url;
  const get = await getJson<IntelEvent>(url, `/api/v1/events/${id}`, { agency: 'CBP' });
  const list = await getJson<{ items: IntelEvent[] }>(url, `/api/v1/events?q=${tag}`, { agency: 'CBP' });
  const count = await getJson<{ count: number }>(url, `/api/v1/events/count?q=${tag}`, { agency: 'CBP' });
  const exported = await fetch(`${url}/api/v1/events/export?format=ndjson&q=${tag}`, {
    headers: { authorization: `Bearer ${testKey('CBP')}` },
  });
  return {
    status: get.status,
    title: get.status === 200 ? get.json.title : null,
    listed: list.json.items.some((e) => e.id === id),
    count: count.json.count,
    exported: (await exported.text()).includes(id),
  };
}

beforeAll(() => pair.connect(), 420_000);

afterAll(() => pair.close());

describe('versions and withdrawals between two real deployments', () => {
  it('[FED-13] [FED-14] edit, narrow, restart, widen: the partner follows every version, withdraws on every path and never resurrects', async () => {
    const tag = `fedv${Date.now().toString(36)}`;
    const posted = await postEvent(
      server('jm').url,
      {
        kind: 'seizure',
        title: `${tag} first title`,
        occurredAt: '2026-11-20T14:05:00Z',
        position: { lat: 17.97, lon: -76.79 },
        ownerAgency: 'JCA',
        releasability: { tlp: 'AMBER', recipients: ['CBP', 'JCF'], sharingGroups: [] },
        severity: 3,
        seizure: { commodity: 'firearms', quantity: 2, unit: 'items' },
      },
      { agency: 'JCA' },
    );
    expect(posted.status).toBe(201);
    const id = String(posted.json.id);
    await eventually(async () => (await whatCbpSees(id, tag)).status === 200, 15_000, 'the event at us');

    // A CBP dashboard on the US deployment, holding the event.
    const withdrawnOnSocket: string[] = [];
    const socket = io(server('us').url, { transports: ['websocket'], auth: { token: testKey('CBP') } });
    socket.on('event:withdrawn', (msg: { id: string }) => withdrawnOnSocket.push(msg.id));
    await new Promise<void>((resolve) => socket.once('synced', () => resolve()));

    try {
      // Only the owner edits; a stale version is a conflict; a bad release names its field.
      expect((await edit(id, { title: `${tag} by JCF`, baseVersion: 1 }, 'JCF')).status).toBe(403);
      expect((await edit(id, { title: 'x', baseVersion: 7 })).status).toBe(409);
      const red = await edit(id, {
        releasability: { tlp: 'RED', recipients: [], sharingGroups: [CMAA.code] },
        baseVersion: 1,
      });
      expect(red.status).toBe(422);
      expect(JSON.stringify(red.json)).toContain('releasability.sharingGroups');

      // FED-13: a new title reaches the partner within 5 s, at the owner's version.
      const retitled = await edit(id, { title: `${tag} second title`, baseVersion: 1 });
      expect(retitled.status).toBe(200);
      expect(retitled.json.version).toBe(2);
      const editedAt = Date.now();
      await eventually(
        async () => (await whatCbpSees(id, tag)).title === `${tag} second title`,
        5_000,
        'the new title',
      );
      console.log(`[FED-13] new title on the partner after ${Date.now() - editedAt} ms`);
      const atUs = await server('us').ctx.events.getById(id);
      expect(atUs?.version).toBe(2);
      expect(atUs?.origin).toBe('jm');

      // FED-14: narrowed to JCF alone, the event leaves CBP on every path, within 5 s, and its content goes.
      expect(
        (await edit(id, { releasability: { tlp: 'AMBER', recipients: ['JCF'], sharingGroups: [] }, baseVersion: 2 }))
          .status,
      ).toBe(200);
      await eventually(async () => (await whatCbpSees(id, tag)).status === 404, 5_000, 'the withdrawal');
      expect(await whatCbpSees(id, tag)).toEqual({
        status: 404,
        title: null,
        listed: false,
        count: 0,
        exported: false,
      });
      await eventually(async () => withdrawnOnSocket.includes(id), 5_000, 'event:withdrawn on the CBP socket');
      expect(await server('us').ctx.events.count({ text: tag })).toBe(0);
      const tombstone = await server('us').ctx.events.getById(id);
      expect(tombstone?.releasability).toEqual({ tlp: 'RED', recipients: [], sharingGroups: [] });
      expect(tombstone?.version).toBe(3);

      // Restarted, the partner pulls from its stored cursors: nothing comes back.
      await restart('us');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect((await whatCbpSees(id, tag)).status).toBe(404);

      // Older copies never win over what is held: not an older version, not a tombstone of an older one.
      const changes = createEventChangeRepository(server('us').database.db);
      const older = { ...(atUs as IntelEvent), version: 2 };
      expect(await changes.withdraw(id, 2, new Date().toISOString())).toBeUndefined();
      expect(
        await changes.applyNewer(
          id,
          { ...older, label: older.releasability, version: 3 },
          'jm',
          new Date().toISOString(),
        ),
      ).toBeUndefined();

      // Widened again, it comes back at the newer version.
      expect(
        (await edit(id, { releasability: { tlp: 'AMBER', recipients: ['CBP'], sharingGroups: [] }, baseVersion: 3 }))
          .status,
      ).toBe(200);
      await eventually(async () => (await whatCbpSees(id, tag)).status === 200, 5_000, 'the event back at us');
      expect(await whatCbpSees(id, tag)).toEqual({
        status: 200,
        title: `${tag} second title`,
        listed: true,
        count: 1,
        exported: true,
      });

      // The Partners screen's counts.
      const admin = await adminOf(server('us'), 'CBP');
      const links = await admin.request('/api/v1/admin/partners');
      const jm = (links.json as PartnerLink[]).find((l) => l.id === 'jm');
      expect(jm?.withdrawnCount).toBe(1);
      expect(jm?.updatedCount).toBeGreaterThanOrEqual(2);
    } finally {
      socket.close();
    }
  }, 120_000);

  it('[FED-14] a partner never released the event hears nothing of its changes, and a partner cannot withdraw an event written here', async () => {
    const tag = `fedw${Date.now().toString(36)}`;
    const posted = await postEvent(
      server('jm').url,
      {
        kind: 'seizure',
        title: `${tag} local only`,
        occurredAt: '2026-11-20T14:05:00Z',
        ownerAgency: 'JCA',
        releasability: { tlp: 'AMBER', recipients: ['JCF'], sharingGroups: [] },
        severity: 3,
        seizure: { commodity: 'cocaine', quantity: 40, unit: 'kg' },
      },
      { agency: 'JCA' },
    );
    expect(posted.status, JSON.stringify(posted.json)).toBe(201);
    const id = String(posted.json.id);
    expect((await edit(id, { title: `${tag} retitled`, baseVersion: 1 })).status).toBe(200);
    expect(
      (await edit(id, { releasability: { tlp: 'RED', recipients: [], sharingGroups: [] }, baseVersion: 2 })).status,
    ).toBe(200);
    // The US deployment's feed request, as its link makes it: no item, no version, no tombstone of this event.
    const feed = await fetch(`${server('jm').url}/api/v1/federation/feed?after=0&changesAfter=0&limit=1000`, {
      headers: { authorization: `Bearer ${linkToken('us', 'jm')}` },
    });
    const body = await feed.text();
    expect(feed.status).toBe(200);
    expect(body).not.toContain(id);
    // A tombstone naming an event written here changes nothing of it.
    const changes = createEventChangeRepository(server('jm').database.db);
    expect(await changes.withdraw(id, 99, new Date().toISOString())).toBeUndefined();
    expect((await getJson<IntelEvent>(server('jm').url, `/api/v1/events/${id}`, { agency: 'JCA' })).json.title).toBe(
      `${tag} retitled`,
    );
  }, 60_000);
});
