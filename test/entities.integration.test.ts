import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Entity,
  EntityDetail,
  EntityHistoryEntry,
  EntityLink,
  EntityPage,
  FirearmMatch,
  ResolutionSuggestion,
} from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { createTempDir } from './support/temp-dir.ts';
import { login, type UserSession } from './support/session.ts';
import { postEvent, startTestServer } from './support/server.ts';

/**
 * Entities end to end through the REST API as analysts of several agencies (issue 17): records, links, resolution,
 * firearm matches, and releasability on every new path (ENT-*, LINK-*, FIRE-*).
 */
const dir = createTempDir('entities');
let server: RunningServer;
const analyst = new Map<string, UserSession>();
const as = (agency: string): UserSession => {
  const session = analyst.get(agency);
  if (!session) throw new Error(`no session for ${agency}`);
  return session;
};
const tag = `ent${Date.now().toString(36)}`;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
  for (const agency of ['JCA', 'CBP', 'USCG', 'IMPACS'])
    analyst.set(agency, await login(server.url, `${agency.toLowerCase()}.analyst`));
});
afterAll(async () => {
  await server?.close();
  dir.remove();
});

async function create(agency: string, body: Record<string, unknown>): Promise<Entity> {
  const res = await as(agency).request('/api/v1/entities', { method: 'POST', body });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as Entity;
}

async function event(agency: string, title: string, releasability: Record<string, unknown>): Promise<string> {
  const res = await postEvent(
    server.url,
    {
      kind: 'sighting_report',
      title,
      occurredAt: '2026-11-20T14:05:00Z',
      ownerAgency: agency,
      severity: 3,
      releasability,
    },
    { agency },
  );
  expect(res.status).toBe(201);
  return String(res.json.id);
}

const GREEN = { tlp: 'GREEN', recipients: [], sharingGroups: [] };

describe('entities through the API', () => {
  it('[ENT-1] a record is read and searched only where its label reaches, and bad input is a 422 naming the field', async () => {
    const amber = await create('JCA', {
      kind: 'person',
      name: `${tag} Delroy Campbell`,
      aliases: [`${tag} Bigga`],
      identifiers: [{ type: 'passport', value: 'JM-4417 22' }],
      releasability: { tlp: 'AMBER', recipients: ['CBP'], sharingGroups: [] },
    });
    expect(amber.identifiers).toEqual([{ type: 'passport', value: 'JM-4417 22', normalised: 'JM441722' }]);
    const byAlias = await as('CBP').request(`/api/v1/entities?q=${tag}%20bigga`);
    expect((byAlias.json as EntityPage).items.map((e) => e.id)).toEqual([amber.id]);
    const byPassport = await as('CBP').request('/api/v1/entities?q=jm%204417-22');
    expect((byPassport.json as EntityPage).items.map((e) => e.id)).toContain(amber.id);
    expect(await as('USCG').request(`/api/v1/entities?q=${tag}%20bigga`)).toEqual({
      status: 200,
      json: { items: [], total: 0 },
    });
    expect((await as('USCG').request(`/api/v1/entities/${amber.id}`)).status).toBe(404);
    const badContainer = await as('JCA').request('/api/v1/entities', {
      method: 'POST',
      body: {
        kind: 'container',
        name: 'box',
        identifiers: [{ type: 'container_number', value: 'MSCU1234560' }],
        releasability: GREEN,
      },
    });
    expect(badContainer.status).toBe(422);
    expect(JSON.stringify(badContainer.json)).toContain('identifiers.0.value');
  });

  it("[FIRE-1][FIRE-3] a pistol recovered by JCA matches the CBP record of the same serial, with CBP's seizure as evidence", async () => {
    const jcaSeizure = await event('JCA', `${tag} pistol in barrel`, GREEN);
    const cbpSeizure = await event('CBP', `${tag} outbound freight seizure`, {
      tlp: 'AMBER',
      recipients: ['JCA'],
      sharingGroups: [],
    });
    const hiddenSeizure = await event('CBP', `${tag} RED seizure`, { tlp: 'RED', recipients: [], sharingGroups: [] });
    const firearm = (serial: string, eventId: string) => ({
      kind: 'firearm',
      name: `Glock 19 ${serial}`,
      firearm: { make: 'Glock', model: '19', type: 'pistol', calibre: '9mm', serial, countryOfManufacture: 'AT' },
      eventId,
    });
    const jca = await create('JCA', { ...firearm('BXR-7I4O', jcaSeizure), releasability: GREEN });
    expect(jca.firearm?.serialNormalised).toBe('BXR7140');
    const cbp = await create('CBP', {
      ...firearm('bxr 7140', cbpSeizure),
      releasability: { tlp: 'AMBER', recipients: ['JCA'], sharingGroups: [] },
    });
    // The same serial again, but on a RED CBP record and event JCA was never given.
    await create('CBP', {
      ...firearm('BXR7140', hiddenSeizure),
      releasability: { tlp: 'RED', recipients: [], sharingGroups: [] },
    });
    const obliterated = await create('JCA', {
      kind: 'firearm',
      name: 'ground-off pistol',
      firearm: { make: 'Taurus', type: 'pistol', serial: 'BXR7140', serialState: 'obliterated' },
      releasability: GREEN,
    });
    const matches = await as('JCA').request(`/api/v1/entities/${jca.id}/firearm-matches`);
    expect(matches.status).toBe(200);
    const found = matches.json as FirearmMatch[];
    expect(found.map((m) => m.firearm.id)).toEqual([cbp.id]);
    expect(found[0]?.events).toEqual([
      { id: cbpSeizure, title: `${tag} outbound freight seizure`, ownerAgency: 'CBP' },
    ]);
    expect(JSON.stringify(found)).not.toContain(hiddenSeizure);
    // FIRE-2: an obliterated serial matches nothing.
    expect((await as('JCA').request(`/api/v1/entities/${obliterated.id}/firearm-matches`)).json).toEqual([]);
    // The pistol's detail lists the seizure it was recovered in.
    const detail = (await as('JCA').request(`/api/v1/entities/${jca.id}`)).json as EntityDetail;
    expect(detail.links.map((l) => [l.relation, l.toType, l.toLabel])).toEqual([
      ['recovered_in', 'event', `${tag} pistol in barrel`],
    ]);
    const onEvent = (await as('CBP').request(`/api/v1/entities/linked/event/${jcaSeizure}`)).json as EntityLink[];
    expect(onEvent.map((l) => l.fromEntityId)).toEqual([jca.id]);
  });

  it("[LINK-1][LINK-2] another agency's RED entity or link never appears: not as a node, a label, a count or a history step", async () => {
    const consignee = await create('JCA', {
      kind: 'organisation',
      name: `${tag} Harbour Imports Ltd`,
      releasability: GREEN,
    });
    const secret = await create('CBP', {
      kind: 'person',
      name: `${tag} Secret Buyer`,
      dateOfBirth: '1980-02-03',
      releasability: { tlp: 'RED', recipients: ['USCG'], sharingGroups: [] },
    });
    const partner = await create('CBP', { kind: 'person', name: `${tag} Open Partner`, releasability: GREEN });
    const link = async (agency: string, toId: string, releasability: Record<string, unknown>) => {
      const res = await as(agency).request(`/api/v1/entities/${consignee.id}/links`, {
        method: 'POST',
        body: {
          toType: 'entity',
          toId,
          relation: 'employs',
          source: 'interview 7',
          validFrom: '2026-01-01',
          releasability,
        },
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      return res.json as EntityLink;
    };
    const toSecret = await link('CBP', secret.id, GREEN);
    const redLink = await link('CBP', partner.id, { tlp: 'RED', recipients: ['USCG'], sharingGroups: [] });
    const openLink = await link('CBP', partner.id, GREEN);
    // JCA cannot even name the RED record as a link end: it does not exist for JCA.
    expect(
      (
        await as('JCA').request(`/api/v1/entities/${consignee.id}/links`, {
          method: 'POST',
          body: { toType: 'entity', toId: secret.id, relation: 'employs', source: 'x', releasability: GREEN },
        })
      ).status,
    ).toBe(404);
    for (const reader of ['JCA', 'IMPACS']) {
      const res = await as(reader).request(`/api/v1/entities/${consignee.id}`);
      const text = JSON.stringify(res.json);
      expect((res.json as EntityDetail).links.map((l) => l.id)).toEqual([openLink.id]);
      for (const hidden of [secret.id, 'Secret Buyer', toSecret.id, redLink.id]) expect(text).not.toContain(hidden);
      const history = (await as(reader).request(`/api/v1/entities/${consignee.id}/history`))
        .json as EntityHistoryEntry[];
      expect(JSON.stringify(history)).not.toContain(secret.id);
      expect(await as(reader).request(`/api/v1/entities?q=${tag}%20secret`)).toEqual({
        status: 200,
        json: { items: [], total: 0 },
      });
      expect((await as(reader).request(`/api/v1/entities/${secret.id}/history`)).status).toBe(404);
    }
    const uscg = (await as('USCG').request(`/api/v1/entities/${consignee.id}`)).json as EntityDetail;
    expect(uscg.links.map((l) => l.id)).toEqual([toSecret.id, redLink.id, openLink.id]);
    // From the partner's side, the incoming link shows the consignee as its far end.
    const fromPartner = (await as('JCA').request(`/api/v1/entities/${partner.id}`)).json as EntityDetail;
    expect(fromPartner.links.map((l) => [l.id, l.toLabel])).toEqual([[openLink.id, consignee.name]]);
  });

  it('[ENT-5][ENT-6][ENT-7] suggestions pair readable records only; accepting merges own records and links across agencies; split undoes', async () => {
    const person = (name: string, extra: Record<string, unknown> = {}) => ({
      kind: 'person',
      name,
      dateOfBirth: '1979-05-14',
      releasability: GREEN,
      ...extra,
    });
    const full = await create('JCA', person(`José Ordóñez Castañeda ${tag}`));
    const short = await create('JCA', person(`JOSE ORDONEZ ${tag}`));
    const cbp = await create('CBP', person(`Ordóñez Castañeda, José ${tag}`));
    const redCbp = await create(
      'CBP',
      person(`Jose Ordonez Castaneda ${tag}`, { releasability: { tlp: 'RED', recipients: [], sharingGroups: [] } }),
    );
    const other = await create('JCA', person(`José Ordóñez Castañeda ${tag}`, { dateOfBirth: '1950-11-30' }));
    const suggestions = (await as('JCA').request(`/api/v1/entities/${full.id}/same-as`)).json as ResolutionSuggestion[];
    const suggested = suggestions.map((s) => s.candidate.id);
    expect(suggested).toEqual(expect.arrayContaining([short.id, cbp.id]));
    expect(suggested).not.toContain(redCbp.id);
    expect(suggested).not.toContain(other.id);
    expect(JSON.stringify(suggestions)).not.toContain(redCbp.id);

    const decide = (candidateId: string, decision: string) =>
      as('JCA').request(`/api/v1/entities/${full.id}/same-as`, { method: 'POST', body: { candidateId, decision } });
    expect((await decide(redCbp.id, 'accept')).status).toBe(404);
    expect((await decide(short.id, 'accept')).json).toMatchObject({ outcome: 'merged' });
    expect((await decide(cbp.id, 'accept')).json).toMatchObject({ outcome: 'linked' });
    const listed = (await as('JCA').request(`/api/v1/entities?q=ordonez%20${tag}`)).json as EntityPage;
    expect(listed.items.map((e) => e.id)).not.toContain(short.id);
    const detail = (await as('JCA').request(`/api/v1/entities/${full.id}`)).json as EntityDetail;
    expect(detail.merged.map((m) => m.id)).toEqual([short.id]);
    expect(detail.links.map((l) => [l.relation, l.toId])).toEqual([['same_as', cbp.id]]);
    // A rejected pair is not suggested again to the agency that rejected it.
    await as('JCA').request(`/api/v1/entities/${other.id}/same-as`, {
      method: 'POST',
      body: { candidateId: full.id, decision: 'reject' },
    });
    const again = (await as('JCA').request(`/api/v1/entities/${other.id}/same-as`)).json as ResolutionSuggestion[];
    expect(again.map((s) => s.candidate.id)).not.toContain(full.id);
    // CBP may not split a JCA merge; JCA may, and both histories tell it.
    expect((await as('CBP').request(`/api/v1/entities/${short.id}/split`, { method: 'POST' })).status).toBe(409);
    expect((await as('JCA').request(`/api/v1/entities/${short.id}/split`, { method: 'POST' })).json).toMatchObject({
      outcome: 'split',
    });
    const history = (await as('JCA').request(`/api/v1/entities/${full.id}/history`)).json as EntityHistoryEntry[];
    expect(history.map((h) => h.action)).toEqual(['create', 'merge', 'split']);
  });
});
