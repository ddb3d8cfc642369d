import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consignment, ConsignmentIngestResult, EventPage, Watchlist } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { startTestServer } from '../../../test/support/server.ts';
import { api, feedAis, positionReport, staticReport, until } from '../../../test/support/intel.ts';

const HOUR = 3_600_000;
const CMAA = { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] };
const CARRIER = 339_400_004;

const pistols = (bill: string, releasability: unknown = CMAA) => ({
  billOfLading: bill,
  ownerAgency: 'JCA',
  releasability,
  containers: ['CSQU3054384'],
  shipper: { name: 'Sunshine Barrel Shipping, L.L.C.', country: 'US' },
  consignee: { name: 'Dwayne Brown Imports', country: 'JM' },
  hsCodes: ['6309.00'],
  goodsDescription: 'Household goods and used clothing; 2 pistols wrapped in clothing',
  packages: { count: 14, kind: 'barrels' },
  originLocode: 'USPEF',
  destinationLocode: 'JMKIN',
  carrier: { mmsi: String(CARRIER), name: 'CARIB TRADER' },
  etd: new Date(Date.now() - 2 * 24 * HOUR).toISOString(),
  eta: new Date(Date.now() + 24 * HOUR).toISOString(),
});

describe('cargo intelligence', () => {
  const dir = createTempDir('cargo');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({ DATA_DIR: dir.path });
    const { json: list } = await api<Watchlist>(server, 'POST', '/watchlists', {
      body: { name: 'Barrel shippers', releasability: CMAA },
    });
    await api(server, 'POST', `/watchlists/${list.id}/entries`, {
      body: { kind: 'organisation', name: 'Sunshine Barrel Shipping LLC', reason: 'pistols in barrels, 2025' },
    });
    // The carrier went dark for 8 h during the voyage.
    const t0 = Date.now() - 30 * HOUR;
    feedAis(server, staticReport(CARRIER, 'CARIB TRADER'), t0);
    feedAis(server, positionReport(CARRIER, 22.5, -78.5), t0);
    feedAis(server, positionReport(CARRIER, 21.0, -77.9), t0 + 8 * HOUR);
    await until('gap stored', async () =>
      (await api<unknown[]>(server, 'GET', `/alerts?mmsi=${CARRIER}&type=ais_gap`)).json.length > 0 ? true : undefined,
    );
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('scores the seeded case red and explains every factor, including the carrier’s AIS gap', async () => {
    const posted = await api<ConsignmentIngestResult>(server, 'POST', '/cargo/consignments', {
      body: pistols('PEF-0001'),
    });
    expect(posted.status, posted.text).toBe(201);
    const id = posted.json.created[0]?.id ?? '';
    expect(posted.json.created[0]).toMatchObject({ created: true, lane: 'red' });
    const { json: c } = await api<Consignment>(server, 'GET', `/cargo/consignments/${id}`, { agency: 'CBP' });
    const codes = c.risk.factors.map((f) => f.code);
    for (const code of [
      'watchlist_hit',
      'concealment_pattern',
      'hs_description_mismatch',
      'container_check_digit',
      'vessel_ais_gap',
    ])
      expect(codes, code).toContain(code);
    expect(c.risk.factors.find((f) => f.code === 'watchlist_hit')?.explanation).toContain('Barrel shippers');
    expect(c.movements.map((m) => m.kind)).toEqual(['booked']);
    // The repeat of a bill is idempotent.
    const again = await api<ConsignmentIngestResult>(server, 'POST', '/cargo/consignments', {
      body: pistols('PEF-0001'),
    });
    expect(again.status).toBe(200);
    expect(again.json.created[0]).toMatchObject({ id, created: false });
    // A red lane is announced as a cargo_alert, and the hit as a watchlist_hit, both within the agreement.
    const cargoAlerts = await until('cargo alert', async () => {
      const items = (await api<EventPage>(server, 'GET', '/events?kind=cargo_alert,watchlist_hit', { agency: 'CBP' }))
        .json.items;
      return items.length >= 2 ? items : undefined;
    });
    expect(cargoAlerts.every((e) => e.releasability.tlp === 'AMBER')).toBe(true);
    expect(
      (await api<EventPage>(server, 'GET', '/events?kind=cargo_alert,watchlist_hit', { agency: 'USCG' })).json.items,
    ).toEqual([]);
  });

  it('[REL-9] a consignment answers 404 to agencies outside its release, in get and list', async () => {
    const list = await api<Consignment[]>(server, 'GET', '/cargo/consignments', { agency: 'USCG' });
    expect(list.json).toEqual([]);
    const cbp = await api<Consignment[]>(server, 'GET', '/cargo/consignments?lane=red', { agency: 'CBP' });
    expect(cbp.json.map((x) => x.billOfLading)).toContain('PEF-0001');
    expect((await api(server, 'GET', `/cargo/consignments/${cbp.json[0]?.id ?? ''}`, { agency: 'USCG' })).status).toBe(
      404,
    );
  });

  it('[REL-6][REL-8] a GREEN consignment’s score never folds in a hit on an AMBER list', async () => {
    const posted = await api<ConsignmentIngestResult>(server, 'POST', '/cargo/consignments', {
      body: pistols('PEF-0002', { tlp: 'GREEN', recipients: [], sharingGroups: [] }),
    });
    const { json: c } = await api<Consignment>(
      server,
      'GET',
      `/cargo/consignments/${posted.json.created[0]?.id ?? ''}`,
      { agency: 'USCG' },
    );
    expect(c.risk.factors.map((f) => f.code)).not.toContain('watchlist_hit');
    expect(JSON.stringify(c.risk)).not.toContain('Barrel shippers');
  });

  it('records movements (owner only) and rescores', async () => {
    const { json: list } = await api<Consignment[]>(server, 'GET', '/cargo/consignments?q=PEF-0001', { agency: 'JCA' });
    const id = list[0]?.id ?? '';
    expect(
      (
        await api(server, 'POST', `/cargo/consignments/${id}/movements`, {
          agency: 'CBP',
          body: { kind: 'held', at: new Date().toISOString() },
        })
      ).status,
    ).toBe(403);
    const moved = await api<Consignment>(server, 'POST', `/cargo/consignments/${id}/movements`, {
      body: { kind: 'held', at: new Date().toISOString(), locode: 'JMKIN', note: 'x-ray anomaly' },
    });
    expect(moved.status).toBe(201);
    expect(moved.json.status).toBe('held');
    expect(moved.json.movements.map((m) => m.kind)).toEqual(['booked', 'held']);
    expect(moved.json.risk.lane).toBe('red');
  });

  it('ingests CSV: bad records reported by line, good ones stored', async () => {
    const csv = [
      'bill_of_lading,containers,shipper,shipper_country,consignee,consignee_country,hs_codes,goods_description,package_count,package_kind,origin,destination,carrier_mmsi,etd,eta',
      'MIA-1,CSQU3054383,Acme Foods,US,Kingston Grocers,JM,1006.30,Milled rice,200,bags,USMIA,JMKIN,339400004,,',
      'MIA-2,CSQU3054383,Acme Foods,US,Kingston Grocers,JM,12,Milled rice,200,bags,USMIA,JMKIN,,,',
      'MIA-3,CSQU3054383,Acme Foods,US,Kingston Grocers,JM,1006.30,Milled rice,200,bags,MIA,JMKIN,,,',
      'MIA-4,CSQU3054383,Acme Foods,US,Kingston Grocers,JM,1006.30,Milled rice,200,bags,USMIA,JMKIN,,,',
    ].join('\n');
    const res = await fetch(`${server.url}/api/v1/cargo/consignments?tlp=GREEN`, {
      method: 'POST',
      headers: { authorization: 'Bearer tw_key_test_jca_0123456789', 'content-type': 'text/csv' },
      body: csv,
    });
    const result = (await res.json()) as ConsignmentIngestResult;
    expect(res.status).toBe(201);
    expect(result.created.map((c) => c.billOfLading)).toEqual(['MIA-1', 'MIA-4']);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(result.errors[0]?.reason).toContain('hsCodes');
    expect(result.errors[1]?.reason).toContain('originLocode');
  });
});
