import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AreaOfInterest,
  DerivedAlert,
  EventPage,
  IntelEvent,
  Watchlist,
  WatchlistEntry,
} from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { startTestServer } from '../../../test/support/server.ts';
import { EventClient } from '../../../test/support/event-client.ts';
import { awaitLiveMarker } from '../../../test/support/live-marker.ts';
import { testKey } from '../../../test/support/server.ts';
import { api, feedAis, positionReport, staticReport, until } from '../../../test/support/intel.ts';

const HOUR = 3_600_000;
// Open sea south of Jamaica, far from every anchorage.
const SEA = { lat: 16.5, lon: -75.5 };

async function events(server: RunningServer, kind: string, agency = 'JCA'): Promise<IntelEvent[]> {
  return (await api<EventPage>(server, 'GET', `/events?kind=${kind}&limit=200`, { agency })).json.items;
}

describe('detectors and live watchlist matching on the vessel picture', () => {
  const dir = createTempDir('detections');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({ DATA_DIR: dir.path });
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('[REL-2] an AIS gap becomes a GREEN vessel_alert with its evidence; late data retracts it with a new event naming the first', async () => {
    const mmsi = 339_100_001;
    const t0 = Date.now() - 12 * HOUR;
    feedAis(server, staticReport(mmsi, 'DARK HORSE'), t0);
    feedAis(server, positionReport(mmsi, SEA.lat, SEA.lon), t0);
    feedAis(server, positionReport(mmsi, SEA.lat, SEA.lon + 0.5), t0 + 8 * HOUR);
    const [gap] = await until('gap event', async () => {
      const found = await events(server, 'vessel_alert', 'USCG');
      return found.length > 0 ? found : undefined;
    });
    expect(gap).toMatchObject({
      ownerAgency: 'IMPACS',
      releasability: { tlp: 'GREEN' },
      subjects: { vessels: [{ mmsi: String(mmsi), name: 'DARK HORSE' }] },
    });
    expect(gap?.title).toContain('AIS gap: DARK HORSE');
    const alert = await api<DerivedAlert>(server, 'GET', `/alerts/${gap?.id ?? ''}`, { agency: 'USCG' });
    expect(alert.json).toMatchObject({
      type: 'ais_gap',
      status: 'final',
      mmsis: [String(mmsi)],
      parameters: { minGapHours: 6, gapHours: 8 },
    });
    expect(alert.json.evidence.tracks[0]?.points.length).toBeGreaterThanOrEqual(2);

    // A satellite fix from inside the gap arrives late: no silence of 6 h is left.
    feedAis(server, positionReport(mmsi, SEA.lat, SEA.lon + 0.25), t0 + 4 * HOUR);
    const revision = await until('retraction event', async () =>
      (await events(server, 'vessel_alert', 'USCG')).find((e) => e.title.includes('(retracted)')),
    );
    expect(revision.summary).toContain(`Retracts alert ${gap?.id ?? ''}`);
    const after = await api<DerivedAlert>(server, 'GET', `/alerts/${revision.id}`, { agency: 'USCG' });
    expect(after.json).toMatchObject({
      id: gap?.id,
      status: 'retracted',
      revision: 2,
      eventIds: [gap?.id, revision.id],
    });
  });

  it('[REL-6] a watchlist hit on an AIS static report is released no wider than the list, with its evidence, once per window', async () => {
    const { json: list } = await api<Watchlist>(server, 'POST', '/watchlists', {
      body: {
        name: 'Vessels of interest',
        releasability: { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] },
      },
    });
    await api(server, 'POST', `/watchlists/${list.id}/entries`, {
      body: { kind: 'vessel', name: 'M/V Ocean Pearl', reason: 'rendezvous with go-fasts' },
    });
    const cbp = new EventClient(server.url, 0, testKey('CBP'));
    const uscg = new EventClient(server.url, 0, testKey('USCG'));
    await cbp.waitForSynced();
    await uscg.waitForSynced();
    const mmsi = 351_200_002;
    const now = Date.now();
    feedAis(server, positionReport(mmsi, 17.2, -77.2), now);
    feedAis(server, staticReport(mmsi, 'OCEAN PEARLL'), now);
    await cbp.waitFor(() => cbp.received.some((e) => e.kind === 'watchlist_hit'), 10_000, 'hit at CBP');
    const hit = cbp.received.find((e) => e.kind === 'watchlist_hit');
    expect(hit).toMatchObject({ ownerAgency: 'JCA', releasability: { tlp: 'AMBER', sharingGroups: ['jca-cbp-cmaa'] } });
    const alert = await api<DerivedAlert>(server, 'GET', `/alerts/${hit?.id ?? ''}`, { agency: 'CBP' });
    expect(alert.json.evidence.matches[0]).toMatchObject({
      field: 'name',
      how: 'fuzzy',
      value: 'OCEAN PEARLL',
      entryValue: 'M/V Ocean Pearl',
    });
    expect(alert.json.evidence.matches[0]?.score).toBeGreaterThanOrEqual(0.92);
    expect((await api(server, 'GET', `/alerts/${hit?.id ?? ''}`, { agency: 'USCG' })).status).toBe(404);

    // Same identity again (a new call sign makes it re-checked): the window lets no second hit through.
    feedAis(server, staticReport(mmsi, 'OCEAN PEARLL', null, 'XYZ9'), now + 60_000);
    await server.intel.queue.drained();
    await Promise.all([
      awaitLiveMarker(server.url, cbp.socket, 'CBP'),
      awaitLiveMarker(server.url, uscg.socket, 'USCG'),
    ]);
    expect(cbp.received.filter((e) => e.kind === 'watchlist_hit')).toHaveLength(1);
    expect(uscg.received.some((e) => e.kind === 'watchlist_hit')).toBe(false);
    cbp.close();
    uscg.close();
  });

  it('[REL-6] an event naming a listed container raises a hit no wider than the event and the list', async () => {
    const { json: list } = await api<Watchlist>(server, 'POST', '/watchlists', {
      body: { name: 'Containers', releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] } },
    });
    expect(
      (
        await api(server, 'POST', `/watchlists/${list.id}/entries`, {
          body: { kind: 'container', containerNumber: 'CSQU 305438-3', reason: 'barrels' },
        })
      ).status,
    ).toBe(201);
    const posted = await api<{ id: string }>(server, 'POST', '/events', {
      body: {
        kind: 'sighting_report',
        title: 'Barrels loaded at night',
        occurredAt: new Date().toISOString(),
        ownerAgency: 'JCA',
        releasability: { tlp: 'AMBER', recipients: ['CBP'] },
        severity: 2,
        subjects: { containers: ['CSQU3054383'] },
      },
    });
    expect(posted.status).toBe(201);
    const hit = await until('event hit', async () =>
      (await events(server, 'watchlist_hit', 'JCA')).find((e) => e.summary.includes('container')),
    );
    expect(hit).toMatchObject({ ownerAgency: 'JCA', releasability: { tlp: 'AMBER', recipients: ['CBP'] } });
    expect((await events(server, 'watchlist_hit', 'USCG')).some((e) => e.id === hit.id)).toBe(false);
  });

  it('[DATA-2] an area of interest that is no simple polygon is refused with 422 naming ring; an open ring is stored closed', async () => {
    const releasability = { tlp: 'GREEN', recipients: [], sharingGroups: [] };
    const cases: [number[][], RegExp][] = [
      [
        [
          [-78, 16],
          [-77, 17],
          [-78, 16],
        ],
        /at least 3 distinct corners/,
      ],
      [
        [
          [-78, 16],
          [-77.5, 16.5],
          [-77, 17],
        ],
        /area is zero/,
      ],
      [
        [
          [-78, 16],
          [-77, 17],
          [-77, 16],
          [-78, 17],
        ],
        /crosses itself/,
      ],
      [
        [
          [-78, 16],
          [-77, 16],
          [-77, 91],
        ],
        /position 2: latitude 91 is outside/,
      ],
    ];
    for (const [ring, reason] of cases) {
      const res = await api<{ error: { issues: { path: string; message: string }[] } }>(server, 'POST', '/areas', {
        body: { name: 'bad', ring, releasability },
      });
      expect(res.status).toBe(422);
      expect(res.json.error.issues[0]).toMatchObject({ path: 'ring', message: expect.stringMatching(reason) });
    }
    const ok = await api<AreaOfInterest>(server, 'POST', '/areas', {
      body: {
        name: 'open ring',
        ring: [
          [-78, 16],
          [-77, 16],
          [-77, 17],
        ],
        releasability,
      },
    });
    expect(ok.status).toBe(201);
    expect(ok.json.ring).toEqual([
      [-78, 16],
      [-77, 16],
      [-77, 17],
      [-78, 16],
    ]);
  });

  it('[REL-6] entry into an agency’s AMBER area of interest is an alert with the area’s releasability', async () => {
    const area = await api<AreaOfInterest>(server, 'POST', '/areas', {
      body: {
        name: 'Pedro Bank box',
        ring: [
          [-78.5, 16.5],
          [-77.5, 16.5],
          [-77.5, 17.2],
          [-78.5, 17.2],
        ],
        releasability: { tlp: 'AMBER', recipients: ['USCG'], sharingGroups: [] },
      },
    });
    expect(area.status).toBe(201);
    expect((await api(server, 'GET', `/areas/${area.json.id}`, { agency: 'CBP' })).status).toBe(404);
    await until('areas loaded', () => (server.intel.suite ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    const mmsi = 339_300_003;
    const now = Date.now();
    feedAis(server, positionReport(mmsi, 16.45, -78), now);
    feedAis(server, positionReport(mmsi, 16.55, -78), now + 1_800_000);
    const entry = await until('area entry', async () =>
      (await events(server, 'vessel_alert', 'JCA')).find((e) => e.title.includes('Pedro Bank box')),
    );
    expect(entry).toMatchObject({ ownerAgency: 'JCA', releasability: { tlp: 'AMBER', recipients: ['USCG'] } });
    expect((await events(server, 'vessel_alert', 'USCG')).some((e) => e.id === entry.id)).toBe(true);
    expect((await events(server, 'vessel_alert', 'CBP')).some((e) => e.id === entry.id)).toBe(false);
    expect((await api(server, 'GET', `/alerts/${entry.id}`, { agency: 'CBP' })).status).toBe(404);
    const listed = await api<DerivedAlert[]>(server, 'GET', `/alerts?mmsi=${mmsi}`, { agency: 'USCG' });
    expect(listed.json.map((a) => a.type)).toEqual(['area_entry']);
  });
  it('[INT-1] a vessel already at sea meets a new entry, and an entry edited to name it, at once and no wider than the list', async () => {
    const now = Date.now();
    const atSea = 352_400_004;
    const renamed = 352_400_005;
    feedAis(server, positionReport(atSea, 17.1, -76.1), now);
    feedAis(server, staticReport(atSea, 'CORAL DRIFTER', 9_074_729, 'HP4411'), now);
    feedAis(server, positionReport(renamed, 17.3, -76.3), now);
    feedAis(server, staticReport(renamed, 'SILVER WAKE', null, 'HP5522'), now);
    await server.intel.queue.drained();
    const hitsOn = async (mmsi: number, agency: string): Promise<DerivedAlert[]> =>
      (await api<DerivedAlert[]>(server, 'GET', `/alerts?mmsi=${mmsi}&type=watchlist_hit`, { agency })).json;

    const { json: list } = await api<Watchlist>(server, 'POST', '/watchlists', {
      body: { name: 'Already at sea', releasability: { tlp: 'AMBER', recipients: ['USCG'], sharingGroups: [] } },
    });
    // Neither vessel sends anything more: the entry alone must find them.
    expect(
      (
        await api(server, 'POST', `/watchlists/${list.id}/entries`, {
          body: { kind: 'vessel', imo: '9074729', reason: 'known courier' },
        })
      ).status,
    ).toBe(201);
    const [first] = await until('hit on the vessel already heard', async () => {
      const found = await hitsOn(atSea, 'USCG');
      return found.length > 0 ? found : undefined;
    });
    expect(first).toMatchObject({ ownerAgency: 'JCA', releasability: { tlp: 'AMBER', recipients: ['USCG'] } });
    expect(first?.evidence.matches[0]).toMatchObject({ field: 'imo', how: 'exact', value: '9074729' });
    expect(await hitsOn(atSea, 'CBP')).toEqual([]);

    const added = await api<WatchlistEntry>(server, 'POST', `/watchlists/${list.id}/entries`, {
      body: { kind: 'vessel', name: 'Golden Harvest', reason: 'tip-off' },
    });
    await server.intel.queue.drained();
    expect(await hitsOn(renamed, 'JCA')).toEqual([]);
    expect(
      (
        await api(server, 'PATCH', `/watchlists/${list.id}/entries/${added.json.id}`, {
          body: { baseVersion: added.json.version, name: 'M/V Silver Wake' },
        })
      ).status,
    ).toBe(200);
    const [edited] = await until('hit after the edit', async () => {
      const found = await hitsOn(renamed, 'JCA');
      return found.length > 0 ? found : undefined;
    });
    expect(edited?.evidence.matches[0]).toMatchObject({
      field: 'name',
      value: 'SILVER WAKE',
      entryValue: 'M/V Silver Wake',
    });
  });
});
