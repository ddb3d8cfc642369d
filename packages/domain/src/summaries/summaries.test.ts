import { describe, expect, it } from 'vitest';
import { COMMODITIES, type IntelEvent } from '@tidewatch/contracts';
import { composeSummary, type DailyCount } from './compose.ts';
import { diffSummaries } from './diff.ts';
import { clipRing, planMap, sparklinePoints } from './map-geometry.ts';
import { latestDueDate, summaryPeriod } from './period.ts';
import { topologyRings, type Topology } from './topojson.ts';
import { addDays, localDateOf, zonedToUtc } from './zoned-time.ts';

describe('zoned time', () => {
  it('turns local wall time into UTC, daylight saving included', () => {
    expect(zonedToUtc('2026-11-20', 6, 'America/Jamaica').toISOString()).toBe('2026-11-20T11:00:00.000Z');
    expect(zonedToUtc('2026-07-01', 6, 'America/New_York').toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(zonedToUtc('2026-01-01', 6, 'America/New_York').toISOString()).toBe('2026-01-01T11:00:00.000Z');
    expect(zonedToUtc('2026-03-01', 0, 'Asia/Kolkata').toISOString()).toBe('2026-02-28T18:30:00.000Z');
    expect(localDateOf(new Date('2026-10-02T03:00:00Z'), 'America/Jamaica')).toBe('2026-10-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('gives a 23-hour period across the spring change in New York', () => {
    const p = summaryPeriod('2026-03-08', 6, 'America/New_York');
    expect((p.end.getTime() - p.start.getTime()) / 3_600_000).toBe(23);
  });

  it("makes today's summary due only once the local hour has passed", () => {
    expect(latestDueDate(new Date('2026-11-20T10:59:00Z'), 6, 'America/Jamaica')).toBe('2026-11-19');
    expect(latestDueDate(new Date('2026-11-20T11:00:00Z'), 6, 'America/Jamaica')).toBe('2026-11-20');
  });
});

const event = (id: string, severity: number, tlp: IntelEvent['releasability']['tlp'] = 'GREEN'): IntelEvent => ({
  v: 1,
  id,
  seq: 1,
  kind: 'seizure',
  title: `event ${id}`,
  summary: '',
  occurredAt: '2026-11-20T00:00:00.000Z',
  reportedAt: '2026-11-20T00:00:00.000Z',
  receivedAt: '2026-11-20T00:00:00.000Z',
  position: null,
  place: null,
  ownerAgency: 'JCA',
  releasability: { tlp, recipients: [], sharingGroups: [] },
  severity,
  grading: null,
  subjects: { vessels: [], containers: [], organisations: [], persons: [] },
  seizure: null,
  status: 'new',
  assigneeId: null,
  version: 1,
});

describe('composeSummary (hand-computed)', () => {
  const daily: DailyCount[] = [
    { day: 0, category: 'seizure:cocaine', n: 3, valueUsd: 500, restricted: 1 },
    { day: 0, category: 'interdiction', n: 1, valueUsd: 0, restricted: 0 },
    { day: 3, category: 'seizure:cocaine', n: 7, valueUsd: 0, restricted: 0 },
    { day: 20, category: 'seizure:cash', n: 9, valueUsd: 0, restricted: 0 },
    { day: 31, category: 'seizure:cash', n: 100, valueUsd: 0, restricted: 0 },
  ];
  const content = composeSummary({
    daily,
    openHighSeverity: { n: 4, restricted: 2 },
    periodRestricted: 1,
    strictestTlp: 'AMBER',
    notable: [event('a', 5)],
    annotations: [],
    mapPoints: [],
    mapLimit: 10,
  });

  it('counts the day and averages the 7 and 30 days before it (day 31 is outside both)', () => {
    expect(content.headline.seizures.find((s) => s.commodity === 'cocaine')).toEqual({
      commodity: 'cocaine',
      count: 3,
      avg7: 1,
      avg30: 0.2,
      valueUsd: 500,
    });
    expect(content.headline.seizures.find((s) => s.commodity === 'cash')).toMatchObject({
      count: 0,
      avg7: 0,
      avg30: 0.3,
    });
    expect(content.headline.seizuresTotal).toEqual({ count: 3, avg7: 1, avg30: 0.5, valueUsd: 500 });
    expect(content.headline.seizures.map((s) => s.commodity)).toEqual([...COMMODITIES]);
    expect(content.restrictedEvents).toBe(3);
  });

  it('draws 30-day lines oldest first, ending with the day', () => {
    const line = content.sparklines.find((l) => l.key === 'seizures')?.values ?? [];
    expect(line).toHaveLength(30);
    expect([line[29], line[26], line[9]]).toEqual([3, 7, 9]);
  });

  it('lists what changed between two revisions', () => {
    const later = composeSummary({
      daily: [...daily, { day: 0, category: 'seizure:cash', n: 1, valueUsd: 0, restricted: 0 }],
      openHighSeverity: { n: 4, restricted: 0 },
      periodRestricted: 0,
      strictestTlp: 'GREEN',
      notable: [event('a', 4), event('b', 3)],
      annotations: [],
      mapPoints: [],
      mapLimit: 10,
    });
    expect(diffSummaries(content, later)).toEqual([
      { what: 'figure', key: 'seizures.cash', label: 'Seizures: cash', before: 0, after: 1 },
      { what: 'figure', key: 'seizures.total', label: 'Seizures: total', before: 3, after: 4 },
      { what: 'event_changed', key: 'a', label: 'event a', before: 'severity 5, new', after: 'severity 4, new' },
      { what: 'event_added', key: 'b', label: 'event b', before: null, after: 3 },
    ]);
    expect(diffSummaries(content, content)).toEqual([]);
  });
});

describe('map geometry', () => {
  it('clips a ring to the frame (Sutherland-Hodgman)', () => {
    const square: [number, number][] = [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ];
    const clipped = clipRing(square, { minLon: 0, minLat: 0, maxLon: 2, maxLat: 2 });
    expect(clipped.map(([x, y]) => `${x},${y}`).sort()).toEqual(['0,0', '0,1', '1,0', '1,1']);
  });

  it('decodes quantized TopoJSON arcs and projects points inside the drawing', () => {
    const topology: Topology = {
      transform: { scale: [1, 1], translate: [-80, 15] },
      arcs: [
        [
          [0, 0],
          [4, 0],
          [0, 4],
          [-4, 0],
          [0, -4],
        ],
      ],
      objects: { land: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] } },
    };
    const rings = topologyRings(topology, 'land');
    expect(rings).toEqual([
      [
        [-80, 15],
        [-76, 15],
        [-76, 19],
        [-80, 19],
        [-80, 15],
      ],
    ]);
    const plan = planMap(rings, [{ lon: -77, lat: 18, kind: 'seizure', severity: 5 }], { width: 400, height: 300 });
    expect(plan.land).toHaveLength(1);
    const [p] = plan.points;
    expect(p && p.x > 0 && p.x < 400 && p.y > 0 && p.y < 300).toBe(true);
  });

  it('scales a sparkline so the largest value touches the top', () => {
    expect(sparklinePoints([0, 2, 1], 10, 10, 0)).toEqual([
      [0, 10],
      [5, 0],
      [10, 5],
    ]);
  });
});
