import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSentences, type EncodableMessage } from '@tidewatch/ais';
import type { ConsignmentIngestResult, DerivedAlert, Watchlist, WatchlistEntry } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { sha256 } from '../src/auth/tokens.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { startTestServer } from '../../../test/support/server.ts';
import { api, until } from '../../../test/support/intel.ts';

const HOUR = 3_600_000;
const FEED_KEY = 'tw_key_test_feeds_flags_0123456789';
const CMAA = { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] };
const GREEN = { tlp: 'GREEN', recipients: [], sharingGroups: [] };

const manifest = (bill: string, carrier: Record<string, string>, releasability: unknown = CMAA) => ({
  billOfLading: bill,
  ownerAgency: 'JCA',
  releasability,
  shipper: { name: 'Acme Foods', country: 'US' },
  consignee: { name: 'Kingston Grocers', country: 'JM' },
  hsCodes: ['1006.30'],
  goodsDescription: 'Milled rice',
  originLocode: 'USMIA',
  destinationLocode: 'JMKIN',
  carrier,
  etd: new Date(Date.now() - 24 * HOUR).toISOString(),
});

/** A position report and a static report of `mmsi` as NMEA sentences, the way a receiver sends them. */
function nmeaOf(mmsi: number, name: string, imo: number | null = null): string {
  const messages: EncodableMessage[] = [
    {
      type: 1,
      repeat: 0,
      mmsi,
      navStatus: 0,
      turn: 0,
      rateOfTurn: 0,
      speed: 11.5,
      accuracy: false,
      lon: -76.9,
      lat: 17.6,
      course: 90,
      heading: 91,
      second: 0,
      maneuver: 0,
      raim: false,
      radio: 0,
    },
    {
      type: 5,
      repeat: 0,
      mmsi,
      aisVersion: 0,
      imo,
      callsign: 'ABC123',
      shipName: name,
      shipType: 70,
      toBow: 100,
      toStern: 20,
      toPort: 10,
      toStarboard: 10,
      epfd: 1,
      etaMonth: 12,
      etaDay: 1,
      etaHour: 6,
      etaMinute: 0,
      draught: 9.5,
      destination: 'JMKIN',
      dte: false,
    },
  ];
  return messages.flatMap((m) => encodeSentences(m, { channel: 'A', seqId: 1 })).join('\n');
}

describe('MID against a declared flag, at run time', () => {
  const dir = createTempDir('declared-flags');
  let server: RunningServer;

  const postNmea = async (body: string): Promise<void> => {
    const res = await fetch(`${server.url}/api/v1/feeds/http/nmea`, {
      method: 'POST',
      headers: { authorization: `Bearer ${FEED_KEY}`, 'content-type': 'text/plain' },
      body,
    });
    expect(res.status, await res.text()).toBeLessThan(300);
  };
  const flagAlerts = async (mmsi: number, agency: string): Promise<DerivedAlert[]> =>
    (await api<DerivedAlert[]>(server, 'GET', `/alerts?mmsi=${mmsi}&type=identity_anomaly`, { agency })).json.filter(
      (a) => a.parameters.anomaly === 'mid_flag_mismatch',
    );

  beforeAll(async () => {
    server = await startTestServer({ DATA_DIR: dir.path, AIS_FEEDS: 'http' });
    await server.ctx.apiKeys.upsertByHash({
      agencyCode: 'JCA',
      kind: 'api',
      name: 'receiver',
      prefix: 'tw_key_test',
      keyHash: sha256(FEED_KEY),
      scopes: ['feeds:write'],
    });
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('[REL-6] a manifest declaring PA for a Jamaican MMSI raises one alert, with its evidence, released like the manifest', async () => {
    const mmsi = 339_500_001;
    const posted = await api<ConsignmentIngestResult>(server, 'POST', '/cargo/consignments', {
      body: manifest('FLAG-0001', { mmsi: String(mmsi), name: 'FALSE COLOURS', flag: 'pa' }),
    });
    expect(posted.status, posted.text).toBe(201);
    const consignmentId = posted.json.created[0]?.id ?? '';
    const stored = await api<{ carrier: { flag?: string } }>(server, 'GET', `/cargo/consignments/${consignmentId}`);
    expect(stored.json.carrier.flag).toBe('PA');

    await postNmea(nmeaOf(mmsi, 'FALSE COLOURS'));
    const [alert] = await until('flag alert', async () => {
      const found = await flagAlerts(mmsi, 'CBP');
      return found.length > 0 ? found : undefined;
    });
    expect(alert).toMatchObject({
      type: 'identity_anomaly',
      mmsis: [String(mmsi)],
      parameters: {
        anomaly: 'mid_flag_mismatch',
        mid: 339,
        midFlag: 'JM',
        declaredFlag: 'PA',
        declaredIn: 'consignment',
        declaredBy: consignmentId,
      },
      evidence: { subject: { type: 'consignment', id: consignmentId } },
      ownerAgency: 'JCA',
      releasability: { tlp: 'AMBER', sharingGroups: ['jca-cbp-cmaa'] },
    });
    expect(alert?.summary).toContain('Jamaica');
    expect(alert?.evidence.tracks[0]?.points.length).toBeGreaterThanOrEqual(1);
    // Outside the agreement, neither the alert nor its event exists.
    expect(await flagAlerts(mmsi, 'USCG')).toEqual([]);
    expect((await api(server, 'GET', `/alerts/${alert?.id ?? ''}`, { agency: 'USCG' })).status).toBe(404);

    // Heard again: the same vessel and declared flag alert once.
    await postNmea(nmeaOf(mmsi, 'FALSE COLOURS'));
    await server.intel.queue.drained();
    expect(await flagAlerts(mmsi, 'JCA')).toHaveLength(1);
  });

  it('a manifest whose flag agrees with the MID raises nothing; a flag that is no flag state is refused', async () => {
    const mmsi = 339_500_002;
    expect(
      (
        await api(server, 'POST', '/cargo/consignments', {
          body: manifest('FLAG-0002', { mmsi: String(mmsi), flag: 'JM' }, GREEN),
        })
      ).status,
    ).toBe(201);
    await postNmea(nmeaOf(mmsi, 'TRUE COLOURS'));
    await until('vessel heard', async () =>
      (await api<{ mmsi: string }>(server, 'GET', `/vessels/${mmsi}`)).status === 200 ? true : undefined,
    );
    await server.intel.queue.drained();
    expect(await flagAlerts(mmsi, 'JCA')).toEqual([]);

    const refused = await api<{ error: { issues: { path: string; message: string }[] } }>(
      server,
      'POST',
      '/cargo/consignments',
      { body: manifest('FLAG-0003', { mmsi: String(mmsi), flag: 'XX' }) },
    );
    expect(refused.status).toBe(422);
    expect(refused.json.error.issues.map((i) => i.path)).toContain('carrier.flag');
  });

  it("an event subject declaring a flag raises the alert under the event's owner and releasability", async () => {
    const mmsi = 366_500_003;
    const created = await api<{ id: string }>(server, 'POST', '/events', {
      agency: 'USCG',
      body: {
        kind: 'sighting_report',
        title: 'Freighter sighted off Morant Point',
        occurredAt: new Date().toISOString(),
        ownerAgency: 'USCG',
        releasability: GREEN,
        severity: 2,
        subjects: { vessels: [{ mmsi: String(mmsi), flag: 'BZ' }] },
      },
    });
    expect(created.status, created.text).toBe(201);
    await postNmea(nmeaOf(mmsi, 'STARS AND BARS'));
    const [alert] = await until('event flag alert', async () => {
      const found = await flagAlerts(mmsi, 'JCA');
      return found.length > 0 ? found : undefined;
    });
    expect(alert).toMatchObject({
      ownerAgency: 'USCG',
      releasability: { tlp: 'GREEN' },
      parameters: { midFlag: 'US', declaredFlag: 'BZ', declaredIn: 'event' },
      evidence: { subject: { type: 'event', id: created.json.id } },
    });
  });

  it("a watchlist vessel entry's country is a declared flag, found by IMO for whichever MMSI transmits it", async () => {
    const { json: list } = await api<Watchlist>(server, 'POST', '/watchlists', {
      agency: 'CBP',
      body: { name: 'Reflagged hulls', releasability: { tlp: 'RED', recipients: ['JCA'], sharingGroups: [] } },
    });
    const { json: entry } = await api<WatchlistEntry>(server, 'POST', `/watchlists/${list.id}/entries`, {
      agency: 'CBP',
      body: { kind: 'vessel', imo: '9074729', country: 'LR', reason: 'registered in Liberia' },
    });
    const mmsi = 352_500_004;
    await postNmea(nmeaOf(mmsi, 'NEW NAME', 9_074_729));
    const [alert] = await until('watchlist flag alert', async () => {
      const found = await flagAlerts(mmsi, 'CBP');
      return found.length > 0 ? found : undefined;
    });
    expect(alert).toMatchObject({
      ownerAgency: 'CBP',
      releasability: { tlp: 'RED', recipients: ['JCA'] },
      parameters: { mid: 352, midFlag: 'PA', declaredFlag: 'LR', declaredIn: 'watchlist_entry' },
      evidence: { watchlistId: list.id, entryId: entry.id },
    });
    expect(await flagAlerts(mmsi, 'USCG')).toEqual([]);
  });
  it('[INT-3] flags declared by stored events are reloaded at start-up: after a restart the MID check still raises the alert', async () => {
    const mmsi = 366_500_006;
    const created = await api<{ id: string }>(server, 'POST', '/events', {
      agency: 'USCG',
      body: {
        kind: 'sighting_report',
        title: 'Bulk carrier off Portland Bight',
        occurredAt: new Date().toISOString(),
        ownerAgency: 'USCG',
        releasability: GREEN,
        severity: 2,
        subjects: { vessels: [{ mmsi: String(mmsi), flag: 'KN' }] },
      },
    });
    expect(created.status, created.text).toBe(201);
    await server.close();
    server = await startTestServer({ DATA_DIR: dir.path, AIS_FEEDS: 'http' });
    await postNmea(nmeaOf(mmsi, 'BIGHT RUNNER'));
    const [alert] = await until('flag alert after restart', async () => {
      const found = await flagAlerts(mmsi, 'JCA');
      return found.length > 0 ? found : undefined;
    });
    expect(alert).toMatchObject({
      ownerAgency: 'USCG',
      parameters: { midFlag: 'US', declaredFlag: 'KN', declaredIn: 'event' },
      evidence: { subject: { type: 'event', id: created.json.id } },
    });
  });
});
