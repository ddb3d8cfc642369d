import { CoTParser } from '@tak-ps/node-cot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Task, Unit } from '@tidewatch/contracts';
import { testEvent } from '../../../../../test/support/cot-events.ts';
import { eventToCot, taskToCot, unitToCot, type VesselForCot, vesselToCot } from './cot-mapping.ts';
import { cotEventXml, cotTime } from './cot-xml.ts';

const NOW = Date.parse('2026-12-07T12:00:00.000Z');
const STALE = 10 * 60_000;

const vessel = (over: Partial<VesselForCot> = {}): VesselForCot => ({
  mmsi: 338123456,
  lat: 17.95,
  lon: -76.79,
  cog: 123.4,
  sog: 31.5,
  positionAt: NOW - 4000,
  name: 'FAST <&> "ONE"',
  category: 'high_speed',
  ...over,
});

/** node-cot (independent) parses and validates against its schema; answers what it read. */
function readBack(xml: string) {
  const cot = CoTParser.from_xml(xml);
  return { cot, event: cot.raw.event };
}

describe('CoT out mapping (COT-2, COT-3, COT-5)', () => {
  it('[COT-2] [COT-5] a vessel is MMSI-<n>, a-u-S-… for everyone and a-s-S-… when suspect; node-cot reads it', () => {
    const unknown = readBack(cotEventXml(vesselToCot(vessel(), 'unknown', NOW, STALE)));
    expect(unknown.event._attributes.uid).toBe('MMSI-338123456');
    expect(unknown.event._attributes.type).toBe('a-u-S-X-H');
    expect(unknown.cot.is_unknown()).toBe(true);
    expect(unknown.cot.is_surface()).toBe(true);
    expect(unknown.cot.callsign()).toBe('FAST <&> "ONE"');
    const suspect = readBack(cotEventXml(vesselToCot(vessel(), 'suspect', NOW, STALE)));
    expect(suspect.event._attributes.type).toBe('a-s-S-X-H');
    expect(suspect.cot.is_suspect()).toBe(true);
    // CoT's track speed is metres per second: 31.5 kn = 16.2 m/s.
    expect(Number(suspect.event.detail?.track?._attributes?.speed)).toBeCloseTo(16.2, 1);
  });

  it('[COT-3] time is when sent, start the fix, stale when the picture will call the vessel stale', () => {
    const { event } = readBack(cotEventXml(vesselToCot(vessel(), 'unknown', NOW, STALE)));
    expect(event._attributes.time).toBe(new Date(NOW).toISOString());
    expect(event._attributes.start).toBe(new Date(NOW - 4000).toISOString());
    expect(event._attributes.stale).toBe(new Date(NOW - 4000 + STALE).toISOString());
    const old = readBack(cotEventXml(vesselToCot(vessel({ positionAt: NOW - 2 * STALE }), 'unknown', NOW, STALE)));
    // Already stale: never a stale time before the send time.
    expect(old.event._attributes.stale).toBe(new Date(NOW).toISOString());
  });

  it('[COT-2] [COT-5] units are friendly, events spot markers, tasks routes with two waypoints', () => {
    const unit: Unit = {
      id: '0190a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b',
      ownerAgency: 'USCG',
      callSign: 'CG-6589',
      name: 'Jayhawk',
      type: 'helicopter',
      maxSpeedKn: 140,
      enduranceH: 3,
      status: 'available',
      mmsi: null,
      releasability: { tlp: 'RED', recipients: ['JCA'], sharingGroups: [] },
      position: { lat: 18, lon: -76.5, courseDeg: 90, speedKn: 100, at: new Date(NOW).toISOString(), source: 'tak' },
      freshness: 'live',
      version: 1,
      createdAt: new Date(NOW).toISOString(),
      updatedAt: new Date(NOW).toISOString(),
    };
    const unitCot = unitToCot(unit, NOW, STALE);
    if (!unitCot) throw new Error('a unit with a position is sent');
    const u = readBack(cotEventXml(unitCot));
    expect(u.cot.is_friend()).toBe(true);
    expect(u.cot.is_airborne()).toBe(true);
    expect(unitToCot({ ...unit, position: null }, NOW, STALE)).toBeUndefined();

    const event = testEvent({
      id: '0190a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5c',
      title: 'go-fast heading north',
      summary: 'two outboards',
      position: { lat: 17.5, lon: -76.9 },
    });
    const marker = eventToCot(event, NOW, 3_600_000);
    if (!marker) throw new Error('a placed event is a marker');
    const e = readBack(cotEventXml(marker));
    expect(e.event._attributes.type).toBe('b-m-p-s-m');
    expect(e.event._attributes.uid).toBe(`TW-EVT-${event.id}`);
    expect(eventToCot({ ...event, position: null }, NOW, 1)).toBeUndefined();

    const task: Task = {
      id: '0190a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5d',
      unitId: unit.id,
      unitAgency: 'USCG',
      taskingAgency: 'JCA',
      targetType: 'event',
      targetId: event.id,
      note: '',
      createdBy: 'user:jca.supervisor',
      createdAt: new Date(NOW).toISOString(),
      updatedAt: new Date(NOW).toISOString(),
      version: 1,
      outcomeEventId: null,
      etaAt: null,
      unitCallSign: 'CG-6589',
      targetLabel: 'go-fast',
      state: 'en_route',
      overdue: false,
      targetPosition: { lat: 17.5, lon: -76.9, courseDeg: null, speedKn: null, at: new Date(NOW).toISOString() },
      intercept: {
        possible: true,
        etaHours: 0.5,
        eta: new Date(NOW + 1_800_000).toISOString(),
        courseDeg: 200,
        distanceNm: 30,
        lat: 17.4,
        lon: -76.95,
        computedAt: new Date(NOW).toISOString(),
      },
    };
    const route = taskToCot(task, { lat: 18, lon: -76.5 }, NOW, 60_000);
    if (!route) throw new Error('a task with both ends is a route');
    const r = readBack(cotEventXml(route));
    expect(r.event._attributes.type).toBe('b-m-r');
    const links = r.event.detail?.link;
    expect(Array.isArray(links) ? links.length : 0).toBe(2);
    expect(taskToCot(task, null, NOW, 1)).toBeUndefined();
  });

  it('[COT-5] any vessel name and position makes CoT that node-cot accepts and reads back unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (name, lat, lon) => {
          const xml = cotEventXml(vesselToCot(vessel({ name, lat, lon }), 'unknown', NOW, STALE));
          const { cot, event } = readBack(xml);
          expect(Number(event.point._attributes.lat)).toBeCloseTo(lat, 6);
          expect(Number(event.point._attributes.lon)).toBeCloseTo(lon, 6);
          expect(cot.callsign()).toBe(name.trim() || '338123456');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('[COT-3] the fast time text is exactly ISO 8601 as Date writes it, for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(cotTime(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
  });
});
