import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, ConsignmentIngestResult, Watchlist, WatchlistEntry } from '@tidewatch/contracts';
import type { RunningServer } from '../src/index.ts';
import { EventClient } from '../../../test/support/event-client.ts';
import { api } from '../../../test/support/intel.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { login, type UserSession } from '../../../test/support/session.ts';
import { EXAMPLE_EVENT, postEvent, startTestServer, testKey } from '../../../test/support/server.ts';

const CMAA = { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] };
const dir = createTempDir('annotation-targets');
let server: RunningServer;
let jca: UserSession;
let cbp: UserSession;
let uscg: UserSession;
let consignmentId: string;
let entryId: string;
let strictEventId: string;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
  [jca, cbp, uscg] = await Promise.all([
    login(server.url, 'jca.analyst'),
    login(server.url, 'cbp.analyst'),
    login(server.url, 'uscg.analyst'),
  ]);
  const consignment = await api<ConsignmentIngestResult>(server, 'POST', '/cargo/consignments', {
    body: {
      billOfLading: 'PEF-NOTE-1',
      ownerAgency: 'JCA',
      releasability: CMAA,
      containers: ['CSQU3054383'],
      shipper: { name: 'Sunshine Barrel Shipping', country: 'US' },
      consignee: { name: 'Island Imports', country: 'JM' },
      hsCodes: ['6309.00'],
      goodsDescription: 'Household goods',
      originLocode: 'USPEF',
      destinationLocode: 'JMKIN',
    },
  });
  consignmentId = consignment.json.created[0]?.id ?? '';
  const list = await api<Watchlist>(server, 'POST', '/watchlists', {
    body: { name: 'Barrel shippers', releasability: CMAA },
  });
  const entry = await api<WatchlistEntry>(server, 'POST', `/watchlists/${list.json.id}/entries`, {
    body: { kind: 'organisation', name: 'Sunshine Barrel Shipping', reason: 'pistols in barrels' },
  });
  entryId = entry.json.id;
  strictEventId = String(
    (
      await postEvent(server.url, {
        ...EXAMPLE_EVENT,
        title: 'strict',
        releasability: { tlp: 'AMBER+STRICT', recipients: ['CBP'] },
      })
    ).json.id,
  );
});

afterAll(async () => {
  await server.close();
  dir.remove();
});

describe.each([
  ['consignment', () => consignmentId],
  ['watchlist_entry', () => entryId],
])('annotations on a %s', (type, id) => {
  it("[REL-7][REL-9] default to the target's releasability: the agreement partner reads them live, another agency gets 404", async () => {
    const cbpSocket = new EventClient(server.url, undefined, testKey('CBP'));
    const seen: Annotation[] = [];
    cbpSocket.socket.on('annotation', ({ annotation }) => seen.push(annotation));
    try {
      await cbpSocket.waitForSynced();
      const created = await jca.request(`/api/v1/annotations/on/${type}/${id()}`, {
        method: 'POST',
        body: { body: `note on the ${type}` },
      });
      expect(created.status).toBe(201);
      const note = created.json as Annotation;
      expect(note.releasability).toMatchObject({ tlp: 'AMBER', sharingGroups: ['jca-cbp-cmaa'] });
      await cbpSocket.waitFor(() => seen.some((n) => n.id === note.id), 1000, 'live note');
      expect((await cbp.request(`/api/v1/annotations/on/${type}/${id()}`)).json).toMatchObject([{ id: note.id }]);
      expect((await uscg.request(`/api/v1/annotations/on/${type}/${id()}`)).status).toBe(404);
      expect((await uscg.request(`/api/v1/annotations/${note.id}`)).status).toBe(404);
      expect(
        (await uscg.request(`/api/v1/annotations/on/${type}/${id()}`, { method: 'POST', body: { body: 'probe' } }))
          .status,
      ).toBe(404);
    } finally {
      cbpSocket.close();
    }
  });

  it('answers 404, not an error, for an id that cannot exist', async () => {
    expect((await jca.request(`/api/v1/annotations/on/${type}/not-a-uuid`)).status).toBe(404);
  });
});

type Issues = { error: { issues: { path: string; message: string }[] } };

describe.each([
  ['event', () => strictEventId, 'AMBER+STRICT'],
  ['consignment', () => consignmentId, 'AMBER'],
  ['watchlist_entry', () => entryId, 'AMBER'],
  ['vessel', () => '339123456', null],
])('labels of notes on a %s', (type, id, targetTlp) => {
  const notesOn = async () =>
    ((await cbp.request(`/api/v1/annotations/on/${type}/${id()}`)).json as Annotation[]).length;

  it('[REL-5][REL-7][REL-11] refuse, with 422 naming the field, a looser label, an unknown recipient, an agency or group the target does not name', async () => {
    const before = await notesOn();
    const refused = async (releasability: unknown, path: string, reason: RegExp) => {
      const res = await cbp.request(`/api/v1/annotations/on/${type}/${id()}`, {
        method: 'POST',
        body: { body: 'probe', releasability },
      });
      expect(res.status, JSON.stringify(releasability)).toBe(422);
      expect((res.json as Issues).error.issues).toContainEqual({ path, message: expect.stringMatching(reason) });
    };
    await refused({ tlp: 'AMBER+STRICT', recipients: ['XYZ'] }, 'releasability.recipients.0', /unknown agency XYZ/);
    await refused(
      { tlp: 'AMBER', recipients: [], sharingGroups: ['jm-joint-ops'] },
      'releasability.sharingGroups.0',
      /CBP is not an active member/,
    );
    if (targetTlp !== null) {
      await refused(
        { tlp: 'GREEN' },
        'releasability.tlp',
        new RegExp(`TLP:${targetTlp.replace('+', '\\+')} or stricter`),
      );
      await refused(
        { tlp: 'RED', recipients: ['USCG'] },
        'releasability.recipients.0',
        /USCG is neither the owner nor a named recipient/,
      );
    }
    if (targetTlp === 'AMBER+STRICT')
      await refused({ tlp: 'AMBER', recipients: ['JCA'] }, 'releasability.tlp', /AMBER\+STRICT or stricter/);
    expect(await notesOn()).toBe(before);
    const fine = await cbp.request(`/api/v1/annotations/on/${type}/${id()}`, {
      method: 'POST',
      body: { body: 'within the target', releasability: { tlp: 'RED', recipients: ['JCA'] } },
    });
    expect(fine.status).toBe(201);
  });

  it("[REL-11] keep a note's label as written: a change naming releasability is refused with 422 naming the field", async () => {
    const note = (
      await cbp.request(`/api/v1/annotations/on/${type}/${id()}`, {
        method: 'POST',
        body: { body: 'labelled once', releasability: { tlp: 'RED', recipients: ['JCA'] } },
      })
    ).json as Annotation;
    const widened = await cbp.request(`/api/v1/annotations/${note.id}`, {
      method: 'PATCH',
      body: { body: 'now for all', releasability: { tlp: 'CLEAR' }, baseVersion: 1 },
    });
    expect(widened.status).toBe(422);
    expect(JSON.stringify((widened.json as Issues).error.issues)).toMatch(/releasability/);
    expect((await cbp.request(`/api/v1/annotations/${note.id}`)).json).toMatchObject({
      body: 'labelled once',
      releasability: { tlp: 'RED', recipients: ['JCA'] },
      version: 1,
    });
  });
});
