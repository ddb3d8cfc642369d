import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, ConsignmentIngestResult, Watchlist, WatchlistEntry } from '@tidewatch/contracts';
import type { RunningServer } from '../src/index.ts';
import { EventClient } from '../../../test/support/event-client.ts';
import { api } from '../../../test/support/intel.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { login, type UserSession } from '../../../test/support/session.ts';
import { startTestServer, testKey } from '../../../test/support/server.ts';

const CMAA = { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] };
const dir = createTempDir('annotation-targets');
let server: RunningServer;
let jca: UserSession;
let cbp: UserSession;
let uscg: UserSession;
let consignmentId: string;
let entryId: string;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
  [jca, cbp, uscg] = await Promise.all([login(server.url, 'jca.analyst'), login(server.url, 'cbp.analyst'), login(server.url, 'uscg.analyst')]);
  const consignment = await api<ConsignmentIngestResult>(server, 'POST', '/cargo/consignments', {
    body: {
      billOfLading: 'PEF-NOTE-1', ownerAgency: 'JCA', releasability: CMAA, containers: ['CSQU3054383'],
      shipper: { name: 'Sunshine Barrel Shipping', country: 'US' }, consignee: { name: 'Island Imports', country: 'JM' },
      hsCodes: ['6309.00'], goodsDescription: 'Household goods', originLocode: 'USPEF', destinationLocode: 'JMKIN',
    },
  });
  consignmentId = consignment.json.created[0]?.id ?? '';
  const list = await api<Watchlist>(server, 'POST', '/watchlists', { body: { name: 'Barrel shippers', releasability: CMAA } });
  const entry = await api<WatchlistEntry>(server, 'POST', `/watchlists/${list.json.id}/entries`, { body: { kind: 'organisation', name: 'Sunshine Barrel Shipping', reason: 'pistols in barrels' } });
  entryId = entry.json.id;
});

afterAll(async () => {
  await server.close();
  dir.remove();
});

describe.each([
  ['consignment', () => consignmentId],
  ['watchlist_entry', () => entryId],
])('annotations on a %s', (type, id) => {
  it('[REL-7][REL-9] default to the target\'s releasability: the agreement partner reads them live, another agency gets 404', async () => {
    const cbpSocket = new EventClient(server.url, undefined, testKey('CBP'));
    const seen: Annotation[] = [];
    cbpSocket.socket.on('annotation', ({ annotation }) => seen.push(annotation));
    try {
      await cbpSocket.waitForSynced();
      const created = await jca.request(`/api/v1/annotations/on/${type}/${id()}`, { method: 'POST', body: { body: `note on the ${type}` } });
      expect(created.status).toBe(201);
      const note = created.json as Annotation;
      expect(note.releasability).toMatchObject({ tlp: 'AMBER', sharingGroups: ['jca-cbp-cmaa'] });
      await cbpSocket.waitFor(() => seen.some((n) => n.id === note.id), 1000, 'live note');
      expect((await cbp.request(`/api/v1/annotations/on/${type}/${id()}`)).json).toMatchObject([{ id: note.id }]);
      expect((await uscg.request(`/api/v1/annotations/on/${type}/${id()}`)).status).toBe(404);
      expect((await uscg.request(`/api/v1/annotations/${note.id}`)).status).toBe(404);
      expect((await uscg.request(`/api/v1/annotations/on/${type}/${id()}`, { method: 'POST', body: { body: 'probe' } })).status).toBe(404);
    } finally {
      cbpSocket.close();
    }
  });

  it('answers 404, not an error, for an id that cannot exist', async () => {
    expect((await jca.request(`/api/v1/annotations/on/${type}/not-a-uuid`)).status).toBe(404);
  });
});
