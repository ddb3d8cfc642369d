import { check } from '@placemarkio/check-geojson';
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import type { AreaOfInterest, IntelEvent, TrackPoint, VesselSummary } from '@tidewatch/contracts';
import { describe, expect, it } from 'vitest';
import { toGeoJson } from './geojson-writer.ts';
import { toKml } from './kml-writer.ts';
import { areasLayer, eventsLayer, trackLayer, vesselsLayer } from './layers.ts';

const NOW = Date.parse('2026-12-07T12:00:00Z');

function event(over: Partial<IntelEvent> & { seq: number }): IntelEvent {
  return {
    v: 1,
    id: `019aee3c-0000-7000-8000-${String(over.seq).padStart(12, '0')}`,
    kind: 'seizure',
    title: 'Firearms in barrel shipment',
    summary: '',
    occurredAt: '2026-11-20T14:05:00.000Z',
    reportedAt: '2026-11-20T15:00:00.000Z',
    receivedAt: '2026-11-20T15:00:01.000Z',
    position: { lat: 17.9712, lon: -76.7936 },
    place: 'JMKIN',
    ownerAgency: 'JCA',
    releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
    severity: 4,
    grading: null,
    subjects: { vessels: [], containers: [], organisations: [], persons: [] },
    seizure: { commodity: 'firearms', quantity: 12, unit: 'items' },
    status: 'new',
    assigneeId: null,
    version: 1,
    ...over,
  };
}

/** The independent KML reader (togeojson on an XML DOM), as QGIS-style tools would read our file. */
const readKml = (text: string) => kml(new DOMParser().parseFromString(text, 'text/xml'));

describe('GeoJSON and KML writers (GIS-1)', () => {
  it('[GIS-1] events: valid RFC 7946 (check-geojson), marked with the strictest TLP, and the KML reads back the same', () => {
    const events = [
      event({ seq: 1 }),
      event({
        seq: 2,
        title: 'Go-fast <b>"Lucky" & co</b>',
        releasability: { tlp: 'AMBER', recipients: ['CBP'], sharingGroups: [] },
      }),
      event({ seq: 3, position: null }),
      event({ seq: 4, kind: 'sighting_report', seizure: null, position: { lat: -12.5, lon: 179.999 } }),
    ];
    const layer = eventsLayer(events, NOW);
    const json = JSON.stringify(toGeoJson(layer));
    const parsed = check(json);
    expect(parsed.type).toBe('FeatureCollection');
    const doc = JSON.parse(json);
    expect(doc.marking).toBe('TLP:AMBER');
    expect(doc.crs).toBeUndefined();
    expect(doc.notes).toEqual({ eventsWithoutPosition: 1 });
    expect(doc.features).toHaveLength(3);
    expect(doc.features[1].properties).toMatchObject({
      tlp: 'AMBER',
      marking: 'TLP:AMBER',
      recipients: ['CBP'],
      seq: 2,
    });
    expect(doc.features[0].geometry).toEqual({ type: 'Point', coordinates: [-76.7936, 17.9712] });

    const text = toKml(layer);
    expect(text).toContain('<description>TLP:AMBER.');
    const back = readKml(text);
    expect(back.features).toHaveLength(3);
    for (const [i, f] of back.features.entries()) {
      const original = doc.features[i];
      expect(f.geometry).toEqual(original.geometry);
      expect(f.properties?.name).toBe(original.properties.name);
      expect(f.properties?.timestamp).toBe(events.filter((e) => e.position)[i]?.occurredAt);
      expect(f.properties?.marking).toBe(original.properties.marking);
    }
    expect(back.features[1]?.properties?.name).toBe('Go-fast <b>"Lucky" & co</b>');
  });

  it('[GIS-1] line and paragraph separators survive KML as themselves (found by the property below)', () => {
    const layer = eventsLayer([event({ seq: 1, title: '!\u2028!', place: 'a\u2029b' })], NOW);
    const back = readKml(toKml(layer));
    expect(back.features[0]?.properties?.name).toBe('!\u2028!');
    expect(back.features[0]?.properties?.place).toBe('a\u2029b');
  });

  it('[GIS-1] any title or property text survives KML: escaped, and characters XML cannot carry replaced', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 40 }), (title, place) => {
        const layer = eventsLayer([event({ seq: 1, title: title || 'x', place })], NOW);
        const back = readKml(toKml(layer));
        // XML 1.0's Char production, by code point: anything else must come back as U+FFFD.
        const xmlChar = (c: number) =>
          c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
        const clean = (s: string) => Array.from(s, (ch) => (xmlChar(ch.codePointAt(0) ?? 0) ? ch : '\uFFFD')).join('');
        // togeojson trims and XML normalises CR; compare what survives a round trip.
        const norm = (s: string) => clean(s).replace(/\r\n?/g, '\n').trim();
        expect(norm(String(back.features[0]?.properties?.name ?? ''))).toBe(norm(title || 'x'));
        expect(norm(String(back.features[0]?.properties?.place ?? ''))).toBe(norm(place));
      }),
      { numRuns: 300 },
    );
  });

  it('[GIS-1] vessels: points with MMSI and name, marked TLP:GREEN; the KML reads back the same positions', () => {
    const vessels: VesselSummary[] = [
      {
        mmsi: 339123456,
        name: 'SEA STAR',
        callSign: '6YAB',
        imo: 9074729,
        category: 'cargo',
        flag: { alpha2: 'JM', name: 'Jamaica' },
        position: { lat: 17.5, lon: -76.5 },
        status: 'live',
        lastReportAt: '2026-12-07T11:59:00.000Z',
      },
      {
        mmsi: 366000001,
        name: null,
        callSign: null,
        imo: null,
        category: 'other',
        flag: null,
        position: null,
        status: 'stale',
        lastReportAt: null,
      },
    ];
    const layer = vesselsLayer(vessels, NOW);
    const json = JSON.stringify(toGeoJson(layer));
    check(json);
    const doc = JSON.parse(json);
    expect(doc.marking).toBe('TLP:GREEN');
    expect(doc.features).toHaveLength(1);
    expect(doc.features[0].properties).toMatchObject({ mmsi: 339123456, name: 'SEA STAR', flag: 'JM' });
    const back = readKml(toKml(layer));
    expect(back.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [-76.5, 17.5] });
    expect(back.features[0]?.properties?.mmsi).toBe('339123456');
  });

  it('[GIS-1] a track: a LineString with per-vertex coordTimes, cut at the antimeridian; the KML gx:Track reads back the same', () => {
    const points: TrackPoint[] = [
      { at: '2026-12-07T10:00:00.000Z', lat: 10, lon: 178, sog: 12, cog: 90, heading: 90 },
      { at: '2026-12-07T10:10:00.000Z', lat: 10.5, lon: 179.5, sog: 12, cog: 90, heading: 90 },
      { at: '2026-12-07T10:20:00.000Z', lat: 11, lon: -179.5, sog: 12, cog: 90, heading: 90 },
      { at: '2026-12-07T10:30:00.000Z', lat: 11.25, lon: -179, sog: 12, cog: 90, heading: 90 },
    ];
    const layer = trackLayer({ mmsi: 339123456, name: 'SEA STAR' }, points, NOW);
    const json = JSON.stringify(toGeoJson(layer));
    check(json);
    const doc = JSON.parse(json);
    const [feature] = doc.features;
    expect(feature.geometry.type).toBe('MultiLineString');
    expect(feature.geometry.coordinates).toEqual([
      [
        [178, 10],
        [179.5, 10.5],
        [180, 10.75],
      ],
      [
        [-180, 10.75],
        [-179.5, 11],
        [-179, 11.25],
      ],
    ]);
    expect(feature.properties.coordTimes).toEqual([
      ['2026-12-07T10:00:00.000Z', '2026-12-07T10:10:00.000Z', '2026-12-07T10:15:00.000Z'],
      ['2026-12-07T10:15:00.000Z', '2026-12-07T10:20:00.000Z', '2026-12-07T10:30:00.000Z'],
    ]);
    const back = readKml(toKml(layer));
    // togeojson reads a gx:MultiTrack as a GeometryCollection of its tracks.
    const read = back.features[0]?.geometry;
    const lines = read?.type === 'GeometryCollection' ? read.geometries : [];
    expect(lines.map((g) => (g.type === 'LineString' ? g.coordinates.map(([x, y]) => [x, y]) : null))).toEqual(
      feature.geometry.coordinates,
    );
    expect(feature.properties.coordinateProperties.times).toEqual(feature.properties.coordTimes);
    expect(back.features[0]?.properties?.coordinateProperties?.times).toEqual(feature.properties.coordTimes);

    const plain = trackLayer({ mmsi: 339123456, name: null }, points.slice(0, 2), NOW);
    const plainDoc = JSON.parse(JSON.stringify(toGeoJson(plain)));
    check(JSON.stringify(plainDoc));
    expect(plainDoc.features[0].geometry.type).toBe('LineString');
    const plainBack = readKml(toKml(plain));
    expect(plainDoc.features[0].properties.coordTimes).toEqual([points[0]?.at, points[1]?.at]);
    expect(plainBack.features[0]?.properties?.coordinateProperties?.times).toEqual(
      plainDoc.features[0].properties.coordTimes,
    );
  });

  it('[GIS-1] areas: counter-clockwise polygons marked with the strictest label; the KML reads back the same rings', () => {
    const area = (id: string, ring: [number, number][], tlp: 'GREEN' | 'RED'): AreaOfInterest => ({
      id,
      name: `Area ${id}`,
      ring,
      ownerAgency: 'JCA',
      releasability: { tlp, recipients: [], sharingGroups: [] },
      createdBy: 'jca.analyst',
      createdAt: '2026-12-01T00:00:00.000Z',
      retiredAt: null,
    });
    // Drawn clockwise: written counter-clockwise.
    const clockwise: [number, number][] = [
      [-77, 17],
      [-77, 18],
      [-76, 18],
      [-76, 17],
      [-77, 17],
    ];
    const layer = areasLayer([area('a', clockwise, 'GREEN'), area('b', clockwise, 'RED')], NOW);
    const json = JSON.stringify(toGeoJson(layer));
    check(json);
    const doc = JSON.parse(json);
    expect(doc.marking).toBe('TLP:RED');
    expect(doc.features[0].geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [-76, 17],
          [-76, 18],
          [-77, 18],
          [-77, 17],
          [-76, 17],
        ],
      ],
    });
    const back = readKml(toKml(layer));
    expect(back.features.map((f) => f.geometry)).toEqual(doc.features.map((f: { geometry: unknown }) => f.geometry));
  });
});
