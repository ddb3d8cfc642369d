import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity, EntityLink, GraphNeighbourhood, GraphPath } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { createTempDir } from './support/temp-dir.ts';
import { login, type UserSession } from './support/session.ts';
import { postEvent, startTestServer } from './support/server.ts';

/**
 * Link analysis through the REST API (issue 17 section 3): neighbours, shortest paths over links and shared
 * events, filters, and releasability: what a reader may not read takes no part in any answer (LINK-3..LINK-6).
 */
const dir = createTempDir('entity-graph');
let server: RunningServer;
const sessions = new Map<string, UserSession>();
const as = (who: string): UserSession => {
  const session = sessions.get(who);
  if (!session) throw new Error(`no session for ${who}`);
  return session;
};
const tag = `graph${Date.now().toString(36)}`;
const GREEN = { tlp: 'GREEN', recipients: [], sharingGroups: [] };
const RED = { tlp: 'RED', recipients: [], sharingGroups: [] };

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
  for (const agency of ['JCA', 'CBP', 'USCG'])
    sessions.set(agency, await login(server.url, `${agency.toLowerCase()}.analyst`));
  sessions.set('CBP admin', await login(server.url, 'cbp.admin'));
});
afterAll(async () => {
  await server?.close();
  dir.remove();
});

async function entity(agency: string, name: string, releasability = GREEN, kind = 'person'): Promise<Entity> {
  const res = await as(agency).request('/api/v1/entities', {
    method: 'POST',
    body: { kind, name: `${tag} ${name}`, releasability },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as Entity;
}

async function link(
  agency: string,
  from: Entity,
  to: { type?: string; id: string },
  extra: Record<string, unknown> = {},
): Promise<EntityLink> {
  const res = await as(agency).request(`/api/v1/entities/${from.id}/links`, {
    method: 'POST',
    body: {
      toType: to.type ?? 'entity',
      toId: to.id,
      relation: 'associate_of',
      source: 'report 12',
      releasability: GREEN,
      ...extra,
    },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as EntityLink;
}

async function path(reader: string, from: Entity, to: Entity, query = ''): Promise<GraphPath> {
  const res = await as(reader).request(`/api/v1/entities/${from.id}/path/${to.id}${query}`);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as GraphPath;
}

async function network(reader: string, of: Entity, query = ''): Promise<GraphNeighbourhood> {
  const res = await as(reader).request(`/api/v1/entities/${of.id}/network${query}`);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as GraphNeighbourhood;
}

const ids = (p: GraphPath) => p.nodes.map((n) => n.id);

describe('link analysis through the API', () => {
  it('[LINK-3] neighbours in both directions, with the window, kind and relation filters', async () => {
    const centre = await entity('JCA', 'Marcus Reid');
    const brother = await entity('JCA', 'Andre Reid');
    const company = await entity('JCA', 'Reid Haulage', GREEN, 'organisation');
    const boat = await entity('USCG', 'Sea Breeze', GREEN, 'vessel');
    await link('JCA', centre, brother, { relation: 'family_of' });
    await link('JCA', company, centre, {
      relation: 'employs',
      validFrom: '2025-01-01',
      validTo: '2025-06-30',
    });
    await link('USCG', boat, centre, { relation: 'operates', validFrom: '2026-03-01' });
    const all = await network('JCA', centre);
    expect(all.center).toBe(`entity:${centre.id}`);
    expect(all.nodes.map((n) => n.id).sort()).toEqual([centre.id, brother.id, company.id, boat.id].sort());
    expect(all.edges.map((e) => e.relation).sort()).toEqual(['employs', 'family_of', 'operates']);
    expect(all.edges.find((e) => e.relation === 'employs')).toMatchObject({
      source: `entity:${company.id}`,
      target: `entity:${centre.id}`,
    });
    expect(all.truncated).toBe(false);
    // In 2026 the employment had ended; the undated family link and the open-ended vessel link stay.
    const in2026 = await network('JCA', centre, '?since=2026-01-01&until=2026-12-31');
    expect(in2026.edges.map((e) => e.relation).sort()).toEqual(['family_of', 'operates']);
    const vessels = await network('JCA', centre, '?kinds=vessel,organisation');
    expect(vessels.nodes.map((n) => n.kind).sort()).toEqual(['organisation', 'person', 'vessel']);
    const family = await network('JCA', centre, '?relations=family_of');
    expect(family.nodes.map((n) => n.id)).toEqual([centre.id, brother.id]);
    const first = await network('JCA', centre, '?limit=1');
    expect(first.edges).toHaveLength(1);
    expect(first.truncated).toBe(true);
  });

  it('[LINK-4] the shortest path over up to four links, through a shared event, and none beyond', async () => {
    const chain: Entity[] = [];
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'])
      chain.push(await entity('JCA', `chain ${name}`));
    const [a, b, c, d, e, f] = chain as [Entity, Entity, Entity, Entity, Entity, Entity];
    for (let i = 0; i + 1 < chain.length; i += 1)
      await link('JCA', chain[i] as Entity, chain[i + 1] as Entity, { relation: i % 2 ? 'employs' : 'associate_of' });
    // A shortcut from Alpha to Delta makes Alpha-Delta one link and Alpha-Echo two.
    await link('JCA', d, a, { relation: 'associate_of' });
    expect(ids(await path('JCA', a, e))).toEqual([a.id, d.id, e.id]);
    // Bravo-Foxtrot is four links either way round the loop; either is a shortest path.
    const long = await path('JCA', b, f);
    expect(long.nodes).toHaveLength(5);
    expect([ids(long)[0], ids(long)[4]]).toEqual([b.id, f.id]);
    expect(ids(await path('JCA', b, f, '?maxHops=3'))).toEqual([]);
    expect(ids(await path('JCA', c, c))).toEqual([c.id]);
    const route = await path('JCA', b, e);
    expect(route.edges).toHaveLength(route.nodes.length - 1);

    // Two people never linked to each other, both linked to one seizure: the event joins them.
    const seizure = await postEvent(
      server.url,
      {
        kind: 'sighting_report',
        title: `${tag} go-fast seizure`,
        occurredAt: '2026-11-20T14:05:00Z',
        ownerAgency: 'USCG',
        severity: 3,
        releasability: GREEN,
      },
      { agency: 'USCG' },
    );
    const eventId = String(seizure.json.id);
    const skipper = await entity('USCG', 'skipper');
    const buyer = await entity('JCA', 'buyer');
    await link('USCG', skipper, { type: 'event', id: eventId }, { relation: 'subject_of' });
    await link('JCA', buyer, { type: 'event', id: eventId }, { relation: 'subject_of' });
    const viaEvent = await path('JCA', skipper, buyer);
    expect(viaEvent.nodes.map((n) => [n.type, n.label])).toEqual([
      ['entity', `${tag} skipper`],
      ['event', `${tag} go-fast seizure`],
      ['entity', `${tag} buyer`],
    ]);
    // Without events among the kinds allowed, nothing joins them.
    expect(ids(await path('JCA', skipper, buyer, '?kinds=person'))).toEqual([]);
  });

  it("[LINK-5][LINK-2] another agency's RED entity or link cuts the path for a reader not given it; the owner finds it", async () => {
    const start = await entity('JCA', 'start');
    const middle = await entity('JCA', 'middle');
    const end = await entity('JCA', 'end');
    const hidden = await entity('CBP', 'red informant', RED);
    const beyond = await entity('JCA', 'beyond');
    await link('JCA', start, middle);
    // middle - hidden - end, through a CBP RED record.
    await link('CBP', middle, hidden);
    await link('CBP', hidden, end);
    // middle - beyond only through a CBP RED link between two GREEN records.
    const redLink = await link('CBP', middle, beyond, { releasability: RED });

    const ownerRoute = await path('CBP', start, end);
    expect(ids(ownerRoute)).toEqual([start.id, middle.id, hidden.id, end.id]);
    expect(ids(await path('CBP', start, beyond))).toEqual([start.id, middle.id, beyond.id]);

    // The cut reader's answers are those of a graph in which the RED parts never existed: same shape, no trace.
    const none = { nodes: [], edges: [] };
    expect(await path('JCA', start, end)).toEqual(none);
    expect(await path('JCA', start, beyond)).toEqual(none);
    const unlinked = await entity('JCA', 'never linked');
    expect(await path('JCA', start, unlinked)).toEqual(none);
    const jcaView = await network('JCA', middle);
    expect(jcaView.nodes.map((n) => n.id)).toEqual([middle.id, start.id]);
    expect(jcaView.truncated).toBe(false);
    const text = JSON.stringify([jcaView, await network('JCA', end), await network('JCA', beyond)]);
    for (const trace of [hidden.id, 'red informant', redLink.id, 'RED']) expect(text).not.toContain(trace);
    // Asking for the hidden record by name answers like a record that does not exist.
    const missing = '00000000-0000-4000-8000-000000000000';
    const asHidden = await as('JCA').request(`/api/v1/entities/${start.id}/path/${hidden.id}`);
    const asMissing = await as('JCA').request(`/api/v1/entities/${start.id}/path/${missing}`);
    expect(asHidden.status).toBe(404);
    expect(asMissing.status).toBe(404);
    expect(JSON.stringify(asHidden.json).replace(hidden.id, missing)).toBe(JSON.stringify(asMissing.json));
    expect((await as('JCA').request(`/api/v1/entities/${hidden.id}/network`)).status).toBe(404);

    // The owner's read of its RED record and link through the graph is in the audit trail.
    await expect
      .poll(async () => {
        const res = await as('CBP admin').request('/api/v1/admin/audit?action=entity.graph.read');
        return JSON.stringify(res.json);
      })
      .toContain(hidden.id);
  });

  it('[LINK-6] bad ids and parameters answer 4xx naming the field and the reason', async () => {
    const someone = await entity('JCA', 'param check');
    const bad = async (query: string, field: string) => {
      const res = await as('JCA').request(`/api/v1/entities/${someone.id}/network${query}`);
      expect(res.status, query).toBe(422);
      expect(JSON.stringify(res.json), query).toContain(field);
    };
    await bad('?kinds=spaceship', 'kinds');
    await bad('?relations=owns,likes', 'relations');
    await bad('?since=2026-13-45', 'since');
    await bad('?since=2026-05-01&until=2026-04-01', 'until');
    await bad('?limit=0', 'limit');
    await bad('?depth=3', 'depth');
    const hops = await as('JCA').request(`/api/v1/entities/${someone.id}/path/${someone.id}?maxHops=5`);
    expect(hops.status).toBe(422);
    expect(JSON.stringify(hops.json)).toContain('maxHops');
    const malformed = await as('JCA').request(`/api/v1/entities/${someone.id}/path/not-a-uuid`);
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.json)).toContain('targetId');
  });
});
