import { check } from '@placemarkio/check-geojson';
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AreaImportResult, AreaOfInterest, EventInput } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { startTestServer, testDeviceToken, testKey } from '../../../test/support/server.ts';
import { api, feedAis, positionReport, staticReport, until } from '../../../test/support/intel.ts';

const readKml = (text: string) => kml(new DOMParser().parseFromString(text, 'text/xml'));

/** A GET of a GIS file as an agency's API key (or a wall's device token), with its headers. */
async function download(server: RunningServer, path: string, agency = 'JCA', device = false) {
  const token = device ? testDeviceToken(agency) : testKey(agency);
  const res = await fetch(`${server.url}/api/v1/gis${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

function eventInput(over: Partial<EventInput> & Pick<EventInput, 'title' | 'ownerAgency'>): EventInput {
  return {
    kind: 'sighting_report',
    occurredAt: '2026-11-20T14:05:00Z',
    position: { lat: 17.9, lon: -76.8 },
    releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
    severity: 3,
    ...over,
  };
}

const square = (lon: number, lat: number, size = 0.5): [number, number][] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
];

describe('GIS exchange over HTTP (issue 16 §4)', () => {
  const dir = createTempDir('gis');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({ DATA_DIR: dir.path });
    const post = async (input: EventInput) => {
      const res = await api(server, 'POST', '/events', { body: input, agency: input.ownerAgency });
      expect(res.status).toBe(201);
    };
    await post(eventInput({ title: 'Green sighting', ownerAgency: 'JCA' }));
    await post(
      eventInput({
        title: 'Amber & <seizure>',
        ownerAgency: 'JCA',
        kind: 'seizure',
        occurredAt: '2026-11-21T09:30:00Z',
        position: { lat: 18.2, lon: -77.1 },
        releasability: { tlp: 'AMBER', recipients: ['CBP'], sharingGroups: [] },
        seizure: { commodity: 'cocaine', quantity: 40, unit: 'kg' },
      }),
    );
    await post(eventInput({ title: 'No position', ownerAgency: 'JCA', position: undefined }));
    // Another agency's RED event, in the same place and time range: never in JCA's exports.
    await post(
      eventInput({
        title: 'CBP red operation',
        ownerAgency: 'CBP',
        releasability: { tlp: 'RED', recipients: ['USCG'], sharingGroups: [] },
      }),
    );
    // A new embedded database takes seconds to create, and far longer on a machine shared by many runs.
  }, 180_000);
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('[GIS-3] events as GeoJSON: valid RFC 7946, only what the caller may read (another agency’s RED never, counts included), marked and named', async () => {
    const res = await download(server, '/events.geojson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="tidewatch-events-\d{8}T\d{6}Z-tlp-amber\.geojson"$/,
    );
    expect(res.headers.get('cache-control')).toContain('no-store');
    check(res.text);
    expect(res.text).not.toContain('CBP red operation');
    const doc = JSON.parse(res.text);
    expect(doc.marking).toBe('TLP:AMBER');
    expect(doc.notes).toEqual({ eventsWithoutPosition: 1 });
    expect(doc.features.map((f: { properties: { title: string } }) => f.properties.title).sort()).toEqual([
      'Amber & <seizure>',
      'Green sighting',
    ]);
    // CBP reads its own RED event, JCA's AMBER one (a named recipient) and the GREEN one; JCF only the GREEN one.
    const cbp = JSON.parse((await download(server, '/events.geojson', 'CBP')).text);
    expect(cbp.marking).toBe('TLP:RED');
    expect(cbp.features).toHaveLength(3);
    const jcf = JSON.parse((await download(server, '/events.geojson', 'JCF')).text);
    expect(jcf.marking).toBe('TLP:GREEN');
    expect(jcf.features.map((f: { properties: { title: string } }) => f.properties.title)).toEqual(['Green sighting']);
  });

  it('[GIS-3] events as KML under the same filters as the events list: the independent reader gets the same points, times and marking', async () => {
    const geo = JSON.parse((await download(server, '/events.geojson?kind=seizure')).text);
    const res = await download(server, '/events.kml?kind=seizure');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.google-earth.kml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/tlp-amber\.kml"$/);
    const back = readKml(res.text);
    expect(back.features).toHaveLength(1);
    expect(back.features[0]?.geometry).toEqual(geo.features[0].geometry);
    expect(back.features[0]?.properties).toMatchObject({
      name: 'Amber & <seizure>',
      timestamp: '2026-11-21T09:30:00.000Z',
      marking: 'TLP:AMBER',
    });
    expect(res.text).toContain('<description>TLP:AMBER. Limited disclosure');
    const outside = await download(server, '/events.geojson?bbox=-60,10,-59,11');
    expect(JSON.parse(outside.text).features).toEqual([]);
    const bad = await download(server, '/events.geojson?kind=nonsense');
    expect(bad.status).toBe(422);
  });

  it('[GIS-4] every export is audited with its size; a wall display (no export right) is refused', async () => {
    await download(server, '/events.kml');
    await server.ctx.audit.flush();
    const rows = await server.ctx.audit.search({ action: 'event.export', agency: 'JCA' }, 20);
    expect(rows.some((r) => (r.detail as { format?: string; rows?: number }).format === 'kml')).toBe(true);
    const kmlRow = rows.find((r) => (r.detail as { format?: string }).format === 'kml');
    expect(kmlRow?.detail).toMatchObject({ rows: 2, restrictedRows: 1 });
    for (const path of ['/events.geojson', '/areas.kml', '/vessels.geojson?bbox=-80,15,-70,20']) {
      expect((await download(server, path, 'JCA', true)).status).toBe(403);
    }
  });

  it('[GIS-3] vessels in a view: only those inside the bbox, TLP:GREEN, and the KML reads back the same', async () => {
    const now = Date.now();
    feedAis(server, staticReport(339_200_001, 'INSIDE ONE'), now);
    feedAis(server, positionReport(339_200_001, 17.5, -76.5), now);
    feedAis(server, positionReport(339_200_002, 12.5, -61.5), now);
    const doc = await until('vessel in the picture', async () => {
      const res = await download(server, '/vessels.geojson?bbox=-77,17,-76,18');
      const parsed = JSON.parse(res.text);
      return parsed.features.length > 0 ? { res, parsed } : undefined;
    });
    check(doc.res.text);
    expect(doc.res.headers.get('content-disposition')).toMatch(/tidewatch-vessels-.*-tlp-green\.geojson"$/);
    expect(doc.parsed.marking).toBe('TLP:GREEN');
    expect(doc.parsed.features.map((f: { properties: { mmsi: number } }) => f.properties.mmsi)).toEqual([339_200_001]);
    const back = readKml((await download(server, '/vessels.kml?bbox=-77,17,-76,18')).text);
    expect(back.features.map((f) => f.geometry)).toEqual(
      doc.parsed.features.map((f: { geometry: unknown }) => f.geometry),
    );
    expect((await download(server, '/vessels.geojson?bbox=1,2,3')).status).toBe(422);
    expect((await download(server, '/vessels.geojson')).status).toBe(422);
  });

  it('[GIS-4] a view holding more than 20,000 vessels is refused with the limit, naming bbox, not cut short', async () => {
    const now = Date.now();
    // Spread over the South Pacific, away from the other tests' vessels and views.
    for (let i = 0; i < 20_001; i++) {
      feedAis(server, positionReport(503_000_000 + i, -40 + (i % 100) * 0.1, -150 + Math.floor(i / 100) * 0.1), now);
      // Lets the node breathe between batches: a loop held for seconds would let keep-alive sockets go stale.
      if (i % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const res = await download(server, '/vessels.geojson?bbox=-151,-41,-120,-29');
    expect(res.status).toBe(422);
    expect(JSON.parse(res.text).error.issues).toEqual([
      { path: 'bbox', message: 'more than 20000 vessels in the view; zoom in' },
    ]);
    expect((await download(server, '/vessels.geojson?bbox=-150.05,-40.05,-149.95,-39.95')).status).toBe(200);
  }, 120_000);

  it('[GIS-3] a vessel’s track with the time of each position, cut at the antimeridian, in both formats', async () => {
    const mmsi = 512_000_777;
    const t0 = Date.now() - 3_600_000;
    feedAis(server, staticReport(mmsi, 'DATELINE'), t0);
    feedAis(server, positionReport(mmsi, -17, -179.8), t0);
    const at = (m: number) => new Date(t0 + m * 60_000);
    await server.vessels.ctx.repo.insertTrackPoints([
      { mmsi, at: at(0), lat: -17, lon: 179.6, sog: 10, cog: 90, heading: 90 },
      { mmsi, at: at(10), lat: -17, lon: 179.9, sog: 10, cog: 90, heading: 90 },
      { mmsi, at: at(20), lat: -17, lon: -179.9, sog: 10, cog: 90, heading: 90 },
      { mmsi, at: at(30), lat: -17, lon: -179.8, sog: 10, cog: 90, heading: 90 },
    ]);
    const res = await download(server, `/vessels/${mmsi}/track.geojson`);
    expect(res.status).toBe(200);
    check(res.text);
    expect(res.headers.get('content-disposition')).toMatch(/tidewatch-track-512000777-.*\.geojson"$/);
    const [feature] = JSON.parse(res.text).features;
    expect(feature.geometry.type).toBe('MultiLineString');
    expect(feature.geometry.coordinates.flat().every(([lon]: number[]) => Math.abs(lon ?? 999) <= 180)).toBe(true);
    expect(feature.properties.coordTimes[0][0]).toBe(at(0).toISOString());
    expect(feature.properties.coordTimes[1].at(-1)).toBe(at(30).toISOString());
    const back = readKml((await download(server, `/vessels/${mmsi}/track.kml`)).text);
    expect(back.features[0]?.properties?.coordinateProperties?.times).toEqual(feature.properties.coordTimes);
    expect((await download(server, '/vessels/123/track.kml')).status).toBe(422);
    expect((await download(server, '/vessels/999999999/track.kml')).status).toBe(404);
  });

  it('[GIS-3] areas: only those the caller may read, counter-clockwise, marked with the strictest label', async () => {
    const create = async (agency: string, name: string, tlp: 'GREEN' | 'RED', ring: [number, number][]) => {
      const res = await api<AreaOfInterest>(server, 'POST', '/areas', {
        agency,
        body: { name, ring, releasability: { tlp, recipients: [], sharingGroups: [] } },
      });
      expect(res.status).toBe(201);
    };
    await create('JCA', 'JCA red box', 'RED', [...square(-77, 17)].reverse());
    await create('CBP', 'CBP red box', 'RED', square(-80, 25));
    const res = await download(server, '/areas.geojson');
    check(res.text);
    const doc = JSON.parse(res.text);
    expect(res.text).not.toContain('CBP red box');
    expect(doc.marking).toBe('TLP:RED');
    const mine = doc.features.find((f: { properties: { name: string } }) => f.properties.name === 'JCA red box');
    const ring: [number, number][] = mine.geometry.coordinates[0];
    const area2 = ring.slice(0, -1).reduce((s, [x, y], i, r) => {
      const [nx, ny] = r[(i + 1) % r.length] ?? [0, 0];
      return s + x * ny - nx * y;
    }, 0);
    expect(area2).toBeGreaterThan(0);
    const back = readKml((await download(server, '/areas.kml')).text);
    expect(back.features.map((f) => f.properties?.name)).toEqual(
      doc.features.map((f: { properties: { name: string } }) => f.properties.name),
    );
    const jcf = JSON.parse((await download(server, '/areas.geojson', 'JCF')).text);
    expect(jcf.features.some((f: { properties: { name: string } }) => f.properties.name.includes('red box'))).toBe(
      false,
    );
  });

  it('[GIS-5] an area file previews accepted and refused features by index and reason, then imports under the caller’s label', async () => {
    const file = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Portland Bight' },
          geometry: { type: 'Polygon', coordinates: [square(-77.2, 17.7)] },
        },
        { type: 'Feature', properties: { name: 'Buoy' }, geometry: { type: 'Point', coordinates: [-76, 18] } },
        {
          type: 'Feature',
          properties: { name: 'Bow tie' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 1],
                [1, 0],
                [0, 1],
                [0, 0],
              ],
            ],
          },
        },
      ],
    });
    const label = { tlp: 'AMBER', recipients: ['CBP'], sharingGroups: [] };
    const preview = await api<AreaImportResult>(server, 'POST', '/gis/areas/import', {
      body: { format: 'geojson', content: file, releasability: label },
    });
    expect(preview.status).toBe(200);
    expect(preview.json.dryRun).toBe(true);
    expect(preview.json.accepted.map((a) => [a.index, a.name, a.id])).toEqual([[0, 'Portland Bight', undefined]]);
    expect(preview.json.refused).toEqual([
      { index: 1, name: 'Buoy', reason: 'a Point is not an area: areas are polygons' },
      { index: 2, name: 'Bow tie', reason: expect.stringMatching(/crosses itself/) },
    ]);
    const before = (await api<AreaOfInterest[]>(server, 'GET', '/areas')).json.length;
    expect(before).toBeGreaterThan(0);
    const done = await api<AreaImportResult>(server, 'POST', '/gis/areas/import', {
      body: { format: 'geojson', content: file, releasability: label, dryRun: false },
    });
    expect(done.status).toBe(200);
    const id = done.json.accepted[0]?.id;
    expect(id).toBeTruthy();
    const created = await api<AreaOfInterest>(server, 'GET', `/areas/${id}`);
    expect(created.json).toMatchObject({ name: 'Portland Bight', ownerAgency: 'JCA', releasability: label });
    // Released to CBP by the label chosen; not to JCF.
    expect((await api(server, 'GET', `/areas/${id}`, { agency: 'CBP' })).status).toBe(200);
    expect((await api(server, 'GET', `/areas/${id}`, { agency: 'JCF' })).status).toBe(404);
    await server.ctx.audit.flush();
    const rows = await server.ctx.audit.search({ action: 'area.import', agency: 'JCA' }, 5);
    expect(rows[0]?.detail).toMatchObject({ format: 'geojson', accepted: 1, refused: 2, tlp: 'AMBER' });
  });

  it('[GIS-5] our own KML of areas imports back; a bad label, bad XML or a non-KML file is a 422 naming the field', async () => {
    const exported = (await download(server, '/areas.kml')).text;
    const preview = await api<AreaImportResult>(server, 'POST', '/gis/areas/import', {
      body: { format: 'kml', content: exported, releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] } },
    });
    expect(preview.status).toBe(200);
    expect(preview.json.refused).toEqual([]);
    expect(preview.json.accepted.map((a) => a.name)).toContain('JCA red box');
    const refusals: [unknown, string][] = [
      [{ format: 'kml', content: '<kml><Document>', releasability: { tlp: 'GREEN' } }, 'content'],
      [{ format: 'kml', content: '<gpx></gpx>', releasability: { tlp: 'GREEN' } }, 'content'],
      [{ format: 'geojson', content: '{"type":', releasability: { tlp: 'GREEN' } }, 'content'],
      [
        { format: 'geojson', content: '{"type":"FeatureCollection","features":[]}', releasability: { tlp: 'GREEN' } },
        'content',
      ],
      [
        { format: 'geojson', content: exported, releasability: { tlp: 'RED', sharingGroups: ['jca-cbp-cmaa'] } },
        'releasability.sharingGroups',
      ],
      [{ format: 'shp', content: 'x', releasability: { tlp: 'GREEN' } }, 'format'],
    ];
    for (const [body, field] of refusals) {
      const res = await api<{ error: { issues: { path: string }[] } }>(server, 'POST', '/gis/areas/import', { body });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(res.json.error.issues.map((i) => i.path)).toContain(field);
    }
    const wall = await fetch(`${server.url}/api/v1/gis/areas/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${testDeviceToken('JCA')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'geojson', content: '{}', releasability: { tlp: 'GREEN' } }),
    });
    expect(wall.status).toBe(403);
  });

  it('[GIS-5] fuzzed area files (JSON, GeoJSON-like, XML-like, garbage) never answer 5xx and create nothing in a preview', async () => {
    const before = (await api<AreaOfInterest[]>(server, 'GET', '/areas')).json.length;
    const geometry = fc.record({
      type: fc.constantFrom('Polygon', 'MultiPolygon', 'GeometryCollection', 'Point', 'LineString'),
      coordinates: fc.jsonValue({ maxDepth: 5 }),
    });
    const content = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v) ?? 'null'),
      fc
        .array(fc.record({ type: fc.constant('Feature'), properties: fc.jsonValue(), geometry }), { maxLength: 8 })
        .map((features) => JSON.stringify({ type: 'FeatureCollection', features })),
      fc
        .array(fc.tuple(fc.double({ noNaN: false }), fc.double()), { maxLength: 12 })
        .map(
          (ring) =>
            `<kml><Document><Placemark><name>${ring.length}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${ring
              .map(([x, y]) => `${x},${y}`)
              .join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>`,
        ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('geojson', 'kml'), content, async (format, text) => {
        const res = await api(server, 'POST', '/gis/areas/import', {
          body: { format, content: text || 'x', releasability: { tlp: 'GREEN' } },
        });
        expect([200, 400, 422]).toContain(res.status);
      }),
      { numRuns: 150 },
    );
    expect((await api<AreaOfInterest[]>(server, 'GET', '/areas')).json.length).toBe(before);
  });
});
