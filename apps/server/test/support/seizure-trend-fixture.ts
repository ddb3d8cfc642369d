import { expect, it } from 'vitest';
import type { SeizureDrillDownPage, SeizuresByGroup, SeizuresComparison, SeizuresOverTime } from '@tidewatch/contracts';
import type { RunningServer } from '../../src/index.ts';
import { getJson, postEvent, testKey } from '../../../../test/support/server.ts';

/**
 * A hand-computed fixture for the seizure trends. Each seizure says who may read it; the expected figures
 * below were worked out by hand from this table, for the viewer CBP unless said otherwise (REL-8).
 *
 *  id   owner  TLP / released to            commodity   occurred (UTC)        place             CBP reads?
 *  S1   JCA    GREEN                        firearms    2026-10-01 10:00      Kingston          yes
 *  S2   JCA    AMBER to CBP                 cocaine     2026-10-02 03:00      Kingston          yes (10-01 22:00 in Jamaica)
 *  S3   JCA    AMBER to nobody              cocaine     2026-10-02 12:00      Kingston          NO
 *  S4   JCA    AMBER to jca-cbp-cmaa group  cannabis    2026-10-03 12:00      Ocho Rios         yes
 *  S5   JCF    RED to CBP                   cash        2026-10-08 12:00      Kingston          yes
 *  S6   JCF    RED to USCG                  firearms    2026-10-08 13:00      Kingston          NO
 *  S7   CBP    GREEN                        ammunition  2026-10-09 12:00      Port Everglades   yes
 *  S8   USCG   CLEAR                        cocaine     2026-10-14 12:00      Windward Passage  yes
 *  S9   JCA    GREEN                        firearms    2026-09-20 12:00      Kingston          yes (previous period)
 *  S10  JCA    AMBER to nobody              cocaine     2026-09-21 12:00      Kingston          NO  (previous period)
 *  S11  CBP    GREEN                        cash        2025-10-05 12:00      Miami             yes (last year)
 *  S12  CBP    GREEN                        cash        2025-10-06 12:00      Miami             yes (last year)
 *  I1   JCA    GREEN interdiction (not a seizure)        2026-10-02 12:00                         never counted
 * S1 and S7 name the route USPEF -> JMKIN.
 */
type Row = {
  owner: string;
  tlp: string;
  recipients?: string[];
  groups?: string[];
  commodity: string;
  at: string;
  place: string;
  pos?: [number, number];
  value?: number;
  route?: boolean;
  kind?: string;
};

const KINGSTON: [number, number] = [-76.79, 17.97];
export const SEIZURES: Record<string, Row> = {
  S1: {
    owner: 'JCA',
    tlp: 'GREEN',
    commodity: 'firearms',
    at: '2026-10-01T10:00:00Z',
    place: 'Kingston',
    pos: KINGSTON,
    value: 1000,
    route: true,
  },
  S2: {
    owner: 'JCA',
    tlp: 'AMBER',
    recipients: ['CBP'],
    commodity: 'cocaine',
    at: '2026-10-02T03:00:00Z',
    place: 'Kingston',
    pos: [-76.8, 17.95],
    value: 5000,
  },
  S3: {
    owner: 'JCA',
    tlp: 'AMBER',
    commodity: 'cocaine',
    at: '2026-10-02T12:00:00Z',
    place: 'Kingston',
    pos: KINGSTON,
    value: 7000,
  },
  S4: {
    owner: 'JCA',
    tlp: 'AMBER',
    groups: ['jca-cbp-cmaa'],
    commodity: 'cannabis',
    at: '2026-10-03T12:00:00Z',
    place: 'Ocho Rios',
    pos: [-77.1, 18.4],
  },
  S5: {
    owner: 'JCF',
    tlp: 'RED',
    recipients: ['CBP'],
    commodity: 'cash',
    at: '2026-10-08T12:00:00Z',
    place: 'Kingston',
  },
  S6: {
    owner: 'JCF',
    tlp: 'RED',
    recipients: ['USCG'],
    commodity: 'firearms',
    at: '2026-10-08T13:00:00Z',
    place: 'Kingston',
    pos: KINGSTON,
  },
  S7: {
    owner: 'CBP',
    tlp: 'GREEN',
    commodity: 'ammunition',
    at: '2026-10-09T12:00:00Z',
    place: 'Port Everglades',
    pos: [-80.12, 26.09],
    route: true,
  },
  S8: {
    owner: 'USCG',
    tlp: 'CLEAR',
    commodity: 'cocaine',
    at: '2026-10-14T12:00:00Z',
    place: 'Windward Passage',
    pos: [-73.8, 20.0],
  },
  S9: { owner: 'JCA', tlp: 'GREEN', commodity: 'firearms', at: '2026-09-20T12:00:00Z', place: 'Kingston' },
  S10: { owner: 'JCA', tlp: 'AMBER', commodity: 'cocaine', at: '2026-09-21T12:00:00Z', place: 'Kingston' },
  S11: { owner: 'CBP', tlp: 'GREEN', commodity: 'cash', at: '2025-10-05T12:00:00Z', place: 'Miami' },
  S12: { owner: 'CBP', tlp: 'GREEN', commodity: 'cash', at: '2025-10-06T12:00:00Z', place: 'Miami' },
  I1: {
    owner: 'JCA',
    tlp: 'GREEN',
    commodity: 'firearms',
    at: '2026-10-02T12:00:00Z',
    place: 'Kingston',
    pos: KINGSTON,
    kind: 'interdiction',
  },
};

export async function loadSeizureFixture(url: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [name, r] of Object.entries(SEIZURES)) {
    const kind = r.kind ?? 'seizure';
    const { status, json } = await postEvent(
      url,
      {
        kind,
        title: `${name} ${r.commodity} at ${r.place}`,
        occurredAt: r.at,
        place: r.place,
        ...(r.pos ? { position: { lon: r.pos[0], lat: r.pos[1] } } : {}),
        ownerAgency: r.owner,
        releasability: { tlp: r.tlp, recipients: r.recipients ?? [], sharingGroups: r.groups ?? [] },
        severity: 3,
        ...(kind === 'seizure'
          ? {
              seizure: {
                commodity: r.commodity,
                quantity: 1,
                unit: 'items',
                ...(r.value ? { estimatedValueUsd: r.value } : {}),
                ...(r.route ? { origin: 'USPEF', destination: 'JMKIN' } : {}),
              },
            }
          : {}),
      },
      { agency: r.owner },
    );
    if (status !== 201) throw new Error(`fixture ${name} refused: ${status} ${JSON.stringify(json)}`);
    ids.set(name, String(json.id));
  }
  return ids;
}

const RANGE = 'from=2026-10-01T00:00:00Z&to=2026-10-15T00:00:00Z';
const zero = { firearms: 0, ammunition: 0, cocaine: 0, cannabis: 0, cash: 0, other: 0 };

/** The trend assertions, run against whichever backend `server()` stands on (PGlite or PostgreSQL). */
export function seizureTrendSuite(server: () => RunningServer, ids: () => Map<string, string>): void {
  const get = <T>(path: string, agency = 'CBP') =>
    getJson<T>(server().url, `/api/v1/trends/seizures/${path}`, { agency });

  it('[REL-8] counts per commodity per UTC day only what CBP may read (S3 and S6 are not counted)', async () => {
    const { status, json } = await get<SeizuresOverTime>(`over-time?${RANGE}&bucket=day&tz=UTC`);
    expect(status).toBe(200);
    expect(json.total).toBe(6);
    expect(json.points).toHaveLength(14);
    const byDay = Object.fromEntries(json.points.filter((p) => p.total > 0).map((p) => [p.bucketStart, p.counts]));
    expect(byDay).toEqual({
      '2026-10-01': { ...zero, firearms: 1 },
      '2026-10-02': { ...zero, cocaine: 1 },
      '2026-10-03': { ...zero, cannabis: 1 },
      '2026-10-08': { ...zero, cash: 1 },
      '2026-10-09': { ...zero, ammunition: 1 },
      '2026-10-14': { ...zero, cocaine: 1 },
    });
    expect(json.points[0]).toMatchObject({
      bucketStart: '2026-10-01',
      startsAt: '2026-10-01T00:00:00.000Z',
      valueUsd: 1000,
    });
  });

  it('[REL-8] the owner JCA counts its own AMBER seizure S3 and not the RED S5 released to CBP only', async () => {
    const { json } = await get<SeizuresOverTime>(`over-time?${RANGE}&bucket=month&tz=UTC`, 'JCA');
    expect(json.points).toEqual([
      {
        bucketStart: '2026-10-01',
        startsAt: '2026-10-01T00:00:00.000Z',
        total: 6,
        counts: { ...zero, firearms: 1, cocaine: 3, cannabis: 1, ammunition: 1 },
        valueUsd: 13000,
      },
    ]);
  });

  it('buckets by local day in the requested zone (S2 falls on 1 October in Jamaica)', async () => {
    const { json } = await get<SeizuresOverTime>(`over-time?${RANGE}&bucket=day&tz=America/Jamaica`);
    expect(json.points).toHaveLength(15);
    expect(json.points[0]).toMatchObject({ bucketStart: '2026-09-30', startsAt: '2026-09-30T05:00:00.000Z', total: 0 });
    expect(json.points[1]).toMatchObject({
      bucketStart: '2026-10-01',
      total: 2,
      counts: { ...zero, firearms: 1, cocaine: 1 },
    });
    expect(json.points[2]).toMatchObject({ bucketStart: '2026-10-02', total: 0 });
  });

  it('stacks by ISO week (Monday) and month', async () => {
    const weeks = await get<SeizuresOverTime>(`over-time?${RANGE}&bucket=week&tz=UTC`);
    expect(weeks.json.points.map((p) => [p.bucketStart, p.total])).toEqual([
      ['2026-09-28', 3],
      ['2026-10-05', 2],
      ['2026-10-12', 1],
    ]);
  });

  it('groups by owning agency, by place and by route (origin -> destination, else the place)', async () => {
    const agency = await get<SeizuresByGroup>(`by-agency?${RANGE}`);
    expect(agency.json.rows.map((r) => [r.key, r.total])).toEqual([
      ['JCA', 3],
      ['CBP', 1],
      ['JCF', 1],
      ['USCG', 1],
    ]);
    expect(agency.json.rows[0]?.counts).toEqual({ ...zero, firearms: 1, cocaine: 1, cannabis: 1 });
    const place = await get<SeizuresByGroup>(`by-place?${RANGE}`);
    expect(place.json.rows.map((r) => [r.key, r.total])).toEqual([
      ['Kingston', 3],
      ['Ocho Rios', 1],
      ['Port Everglades', 1],
      ['Windward Passage', 1],
    ]);
    const route = await get<SeizuresByGroup>(`by-route?${RANGE}&limit=2`);
    expect(route.json.rows.map((r) => [r.key, r.total])).toEqual([
      ['Kingston', 2],
      ['USPEF → JMKIN', 2],
    ]);
    expect(route.json.otherTotal).toBe(2);
  });

  it('[REL-8] compares with the previous period and the same period last year (S10 hidden)', async () => {
    const { json } = await get<SeizuresComparison>(`compare?${RANGE}`);
    expect(json.current.total).toBe(6);
    expect(json.previous).toMatchObject({
      from: '2026-09-17T00:00:00.000Z',
      to: '2026-10-01T00:00:00.000Z',
      total: 1,
      counts: { ...zero, firearms: 1 },
    });
    expect(json.lastYear).toMatchObject({
      from: '2025-10-01T00:00:00.000Z',
      to: '2025-10-15T00:00:00.000Z',
      total: 2,
      counts: { ...zero, cash: 2 },
    });
    expect(json.changeVsPreviousPct).toBe(500);
    expect(json.changeVsLastYearPct).toBe(200);
  });

  it('filters by commodity, agency, bounding box and drawn polygon', async () => {
    expect((await get<SeizuresOverTime>(`over-time?${RANGE}&commodity=cocaine`)).json.total).toBe(2);
    expect((await get<SeizuresOverTime>(`over-time?${RANGE}&commodity=cocaine,cash&agency=JCA,JCF`)).json.total).toBe(
      2,
    );
    expect((await get<SeizuresOverTime>(`over-time?${RANGE}&bbox=-77.5,17.5,-76,18.7`)).json.total).toBe(3);
    // A triangle inside that box: Kingston (S1, S2) is inside, Ocho Rios (S4) is in the box but not the triangle.
    const triangle = {
      type: 'Polygon',
      coordinates: [
        [
          [-77.5, 17.5],
          [-76, 17.5],
          [-76, 18.7],
          [-77.5, 17.5],
        ],
      ],
    };
    const area = encodeURIComponent(JSON.stringify(triangle));
    expect((await get<SeizuresOverTime>(`over-time?${RANGE}&area=${area}`)).json.total).toBe(2);
    // The same triangle with a hole around Kingston leaves nothing.
    const holed = {
      type: 'Polygon',
      coordinates: [
        ...triangle.coordinates,
        [
          [-77, 17.8],
          [-76.5, 17.8],
          [-76.5, 18.1],
          [-77, 18.1],
          [-77, 17.8],
        ],
      ],
    };
    expect(
      (await get<SeizuresOverTime>(`over-time?${RANGE}&area=${encodeURIComponent(JSON.stringify(holed))}`)).json.total,
    ).toBe(0);
  });

  it('refuses a malformed area, zone or range with 422', async () => {
    expect((await get(`over-time?area=${encodeURIComponent('{"type":"Point"}')}`)).status).toBe(422);
    expect((await get('over-time?tz=Mars/Olympus')).status).toBe(422);
    expect((await get('over-time?from=2026-10-15T00:00:00Z&to=2026-10-01T00:00:00Z')).status).toBe(422);
  });

  it('[DATA-2] refuses a degenerate or self-crossing area with 422 naming area; an open ring counts like the closed one', async () => {
    const asArea = (ring: number[][]) => encodeURIComponent(JSON.stringify({ type: 'Polygon', coordinates: [ring] }));
    const cases: [number[][], RegExp][] = [
      [
        [
          [-77, 17],
          [-76, 18],
          [-77, 17],
        ],
        /at least 3 distinct corners/,
      ],
      [
        [
          [-77, 17],
          [-76.5, 17.5],
          [-76, 18],
          [-77, 17],
        ],
        /area is zero/,
      ],
      [
        [
          [-77.5, 17.5],
          [-76, 18.7],
          [-76, 17.5],
          [-77.5, 18.7],
          [-77.5, 17.5],
        ],
        /crosses itself/,
      ],
      [
        [
          [-77.5, 17.5],
          [-76, 17.5],
          [-76, 95],
          [-77.5, 17.5],
        ],
        /position 2: latitude 95 is outside \[-90, 90\]/,
      ],
    ];
    for (const [ring, reason] of cases) {
      const res = await get<{ error: { issues: { path: string; message: string }[] } }>(
        `over-time?${RANGE}&area=${asArea(ring)}`,
      );
      expect(res.status).toBe(422);
      expect(res.json.error.issues[0]).toMatchObject({ path: 'area', message: expect.stringMatching(reason) });
    }
    const open = await get<SeizuresOverTime>(
      `over-time?${RANGE}&area=${asArea([
        [-77.5, 17.5],
        [-76, 17.5],
        [-76, 18.7],
      ])}`,
    );
    expect(open.json.total).toBe(2);
  });

  it('[DATA-3] a 1,000-point area is refused in a URL (431) and answered by the POST form of every trend query', async () => {
    // A 1,000-corner circle of 0.2 degrees around Kingston: S1 and S2 inside, Ocho Rios (S4) outside.
    const ring = Array.from({ length: 1000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 1000;
      return [Math.round((-76.8 + 0.2 * Math.cos(a)) * 1e6) / 1e6, Math.round((17.96 + 0.2 * Math.sin(a)) * 1e6) / 1e6];
    });
    const area = { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
    const url = `${server().url}/api/v1/trends/seizures/over-time?${RANGE}&area=${encodeURIComponent(JSON.stringify(area))}`;
    expect((await fetch(url, { headers: { authorization: `Bearer ${testKey('CBP')}` } })).status).toBe(431);
    const post = async <T>(path: string, body: unknown, agency = 'CBP') => {
      const res = await fetch(`${server().url}/api/v1/trends/seizures/${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${testKey(agency)}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as T };
    };
    const filters = { from: '2026-10-01T00:00:00Z', to: '2026-10-15T00:00:00Z', area };
    const overTime = await post<SeizuresOverTime>('over-time', { ...filters, bucket: 'day', tz: 'UTC' });
    expect(overTime.status).toBe(200);
    expect(overTime.json.total).toBe(2);
    expect(
      (await post<SeizuresByGroup>('by-place', { ...filters, limit: 5 })).json.rows.map((r) => [r.key, r.total]),
    ).toEqual([['Kingston', 2]]);
    expect((await post<SeizuresComparison>('compare', filters)).json.current.total).toBe(2);
    const drill = await post<SeizureDrillDownPage>('events', { ...filters, dimension: 'place', key: 'Kingston' });
    expect(drill.json.items.map((e) => e.id).sort()).toEqual([ids().get('S1'), ids().get('S2')].sort());
    // The owner JCA also reads S3 there (REL-8 holds on the POST form as on GET); lists may be arrays.
    expect(
      (await post<SeizuresOverTime>('over-time', { ...filters, commodity: ['cocaine', 'firearms'] }, 'JCA')).json.total,
    ).toBe(3);
    const bad = await post<{ error: { issues: { path: string }[] } }>('over-time', {
      ...filters,
      area: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [1, 0],
            [0, 1],
          ],
        ],
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0]?.path).toBe('area');
    expect(
      (await post<{ error: { issues: { path: string }[] } }>('over-time', { ...filters, bucket: 'hour' })).json.error
        .issues[0]?.path,
    ).toBe('bucket');
    expect((await post('over-time', [1, 2])).status).toBe(422);
  });

  it('[REL-8][REL-9] drills down into one bar with the same rules, paged like GET /events', async () => {
    const day = await get<SeizureDrillDownPage>('events?bucket=day&bucketStart=2026-10-01&tz=America/Jamaica');
    expect(day.json.items.map((e) => e.id).sort()).toEqual([ids().get('S1'), ids().get('S2')].sort());
    const page1 = await get<SeizureDrillDownPage>(`events?${RANGE}&dimension=place&key=Kingston&limit=2`);
    expect(page1.json.items).toHaveLength(2);
    expect(page1.json.nextCursor).not.toBeNull();
    const page2 = await get<SeizureDrillDownPage>(
      `events?${RANGE}&dimension=place&key=Kingston&limit=2&cursor=${page1.json.nextCursor ?? ''}`,
    );
    const all = [...page1.json.items, ...page2.json.items].map((e) => e.id);
    expect(all.sort()).toEqual(['S1', 'S2', 'S5'].map((n) => ids().get(n)).sort());
    expect(all).not.toContain(ids().get('S3'));
    const route = await get<SeizureDrillDownPage>(
      `events?${RANGE}&dimension=route&key=${encodeURIComponent('USPEF → JMKIN')}&commodity=ammunition`,
    );
    expect(route.json.items.map((e) => e.id)).toEqual([ids().get('S7')]);
  });

  it('[AUD-1] a trend that counted AMBER or RED seizures leaves an audit row', async () => {
    await get<SeizuresOverTime>(`over-time?${RANGE}&commodity=cash`);
    await server().ctx.audit.flush();
    const rows = await server().ctx.audit.search({ action: 'trend.seizures.over_time', agency: 'CBP' }, 10);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.detail).toMatchObject({ restrictedRows: 1 });
  });
}
