import { describe, expect, it } from 'vitest';
import type {
  ClassAPositionReport,
  ClassBPositionReport,
  StaticDataReportA,
  StaticDataReportB,
  StaticVoyageData,
} from '@tidewatch/ais';
import { VesselPicture } from './vessel-picture.ts';
import { searchVessels, inBbox } from './vessel-query.ts';
import { identityOf } from './vessel-identity.ts';
import { etaFromParts } from './eta.ts';
import { Trail } from './trail.ts';

const T0 = Date.UTC(2026, 10, 20, 12, 0, 0);

function posA(mmsi: number, lat: number, lon: number, extra: Partial<ClassAPositionReport> = {}): ClassAPositionReport {
  return {
    type: 1,
    repeat: 0,
    mmsi,
    navStatus: 0,
    turn: 0,
    rateOfTurn: 0,
    speed: 12.3,
    accuracy: false,
    lon,
    lat,
    course: 45,
    heading: 44,
    second: 10,
    maneuver: 0,
    raim: false,
    radio: 0,
    ...extra,
  };
}

function posB(mmsi: number, lat: number, lon: number): ClassBPositionReport {
  return {
    type: 18,
    repeat: 0,
    mmsi,
    reserved: 0,
    speed: 5,
    accuracy: false,
    lon,
    lat,
    course: 90,
    heading: null,
    second: 1,
    regional: 0,
    cs: true,
    display: false,
    dsc: true,
    band: true,
    msg22: true,
    assigned: false,
    raim: false,
    radio: 0,
  };
}

function voyage(mmsi: number, name: string): StaticVoyageData {
  return {
    type: 5,
    repeat: 0,
    mmsi,
    aisVersion: 2,
    imo: 9312345,
    callsign: '6YAB1',
    shipName: name,
    shipType: 70,
    toBow: 100,
    toStern: 40,
    toPort: 12,
    toStarboard: 13,
    epfd: 1,
    etaMonth: 11,
    etaDay: 22,
    etaHour: 6,
    etaMinute: 30,
    draught: 8.4,
    destination: 'USPEF',
    dte: false,
  };
}

describe('vessel picture', () => {
  it('[VES-1] merges position, static and voyage data per MMSI, with the flag from the MID', () => {
    const p = new VesselPicture();
    expect(p.apply(posA(339123456, 17.9, -76.8), T0)).toBe(true);
    expect(p.apply(voyage(339123456, 'KINGSTON TRADER'), T0 + 1000)).toBe(true);
    const v = p.get(339123456);
    expect(v).toMatchObject({
      lat: 17.9,
      lon: -76.8,
      sog: 12.3,
      cog: 45,
      heading: 44,
      name: 'KINGSTON TRADER',
      callSign: '6YAB1',
      imo: 9312345,
      category: 'cargo',
      destination: 'USPEF',
      draught: 8.4,
      aisClass: 'A',
    });
    expect(v?.etaMs).toBe(Date.UTC(2026, 10, 22, 6, 30));
    expect(identityOf(339123456).flag?.alpha2).toBe('JM');
    expect(identityOf(2190000).kind).toBe('coast_station');
  });

  it('[VES-2] type 24 A and B fill the name, call sign, type and dimensions of a Class B', () => {
    const p = new VesselPicture();
    p.apply(posB(366999001, 25.7, -80.1), T0);
    const a: StaticDataReportA = { type: 24, repeat: 0, mmsi: 366999001, part: 'A', shipName: 'SEA BREEZE' };
    const b: StaticDataReportB = {
      type: 24,
      repeat: 0,
      mmsi: 366999001,
      part: 'B',
      shipType: 37,
      vendorId: 'ABC',
      model: 1,
      serial: 2,
      vendorIdLegacy: '',
      callsign: 'WDA1234',
      dimensions: { toBow: 8, toStern: 4, toPort: 2, toStarboard: 2 },
      mothershipMmsi: null,
    };
    p.apply(a, T0 + 1);
    p.apply(b, T0 + 2);
    expect(p.get(366999001)).toMatchObject({
      name: 'SEA BREEZE',
      callSign: 'WDA1234',
      category: 'pleasure',
      toBow: 8,
      aisClass: 'B',
    });
  });

  it('[VES-3] a late report never moves a vessel back; a bad position is ignored', () => {
    const p = new VesselPicture();
    p.apply(posA(1, 10, 10), T0 + 5000);
    expect(p.apply(posA(1, 11, 11), T0)).toBe(false);
    expect(p.apply(posA(1, 91, 181), T0 + 6000)).toBe(false);
    expect(p.get(1)).toMatchObject({ lat: 10, lon: 10 });
  });

  it('[VES-4] goes stale then lost by age, is forgotten later, and returns to live on a new report', () => {
    const p = new VesselPicture({ staleAfterMs: 60_000, lostAfterMs: 120_000, forgetAfterMs: 300_000 });
    p.apply(posA(2, 10, 10), T0);
    p.drainChanges();
    p.sweep(T0 + 61_000);
    expect(p.get(2)?.status).toBe('stale');
    expect(p.drainChanges().changed).toEqual([2]);
    p.sweep(T0 + 121_000);
    expect(p.get(2)?.status).toBe('lost');
    p.apply(posA(2, 10.1, 10), T0 + 122_000);
    expect(p.get(2)?.status).toBe('live');
    p.sweep(T0 + 500_000);
    expect(p.get(2)).toBeUndefined();
    expect(p.drainChanges().removed).toEqual([2]);
  });

  it('[VES-5] coalesces: ten reports between drains make one change', () => {
    const p = new VesselPicture();
    for (let i = 0; i < 10; i++) p.apply(posA(3, 10 + i / 100, 10), T0 + i * 2000);
    expect(p.drainChanges().changed).toEqual([3]);
    expect(p.drainChanges().changed).toEqual([]);
  });

  it('[VES-6] keeps about one track point a minute, more on a sharp turn', () => {
    const p = new VesselPicture();
    // 10 minutes of 2 s reports on a steady course: 10-11 points.
    for (let t = 0; t < 600_000; t += 2000) p.apply(posA(4, 10 + t / 1e8, 10, { course: 45 }), T0 + t);
    const steady = p.takeTrackPoints().length;
    expect(steady).toBeGreaterThanOrEqual(10);
    expect(steady).toBeLessThanOrEqual(11);
    // then a zig-zag every 12 s: a point at most every 10 s.
    for (let t = 600_000; t < 720_000; t += 12_000)
      p.apply(posA(4, 10, 10, { course: (t / 12_000) % 2 === 0 ? 0 : 90 }), T0 + t);
    expect(p.takeTrackPoints().length).toBeGreaterThanOrEqual(9);
  });

  it('[VES-10] a relayed message moves the vessel but queues nothing to store (the receiving node stores it)', () => {
    const p = new VesselPicture();
    expect(p.applyRelayed(posA(339123456, 17.9, -76.8), T0)).toBe(true);
    expect(p.applyRelayed(voyage(339123456, 'KINGSTON TRADER'), T0 + 1000)).toBe(true);
    expect(p.get(339123456)).toMatchObject({ lat: 17.9, lon: -76.8, name: 'KINGSTON TRADER' });
    expect(p.drainChanges().changed).toEqual([339123456]);
    expect(p.takeTrackPoints()).toEqual([]);
    expect(p.takeStaticChanges()).toEqual([]);
    // Local messages are recorded again afterwards.
    p.apply(posA(339123456, 18.0, -76.7), T0 + 600_000);
    expect(p.takeTrackPoints()).toHaveLength(1);
  });

  it('[VES-7] the trail is a bounded ring, oldest first', () => {
    const trail = new Trail(3);
    for (let i = 1; i <= 5; i++) trail.push(i, i * 10, i * 100);
    expect(trail.toArray()).toEqual([
      [3, 30, 300],
      [4, 40, 400],
      [5, 50, 500],
    ]);
  });

  it('[VES-8] searches by name, call sign, MMSI and IMO; filters by viewport', () => {
    const p = new VesselPicture();
    p.apply(posA(339123456, 17.9, -76.8), T0);
    p.apply(voyage(339123456, 'KINGSTON TRADER'), T0);
    p.apply(posA(366000111, 25, -80), T0);
    expect(searchVessels(p, 'trader', 10).map((v) => v.mmsi)).toEqual([339123456]);
    expect(searchVessels(p, '6yab1', 10).map((v) => v.mmsi)).toEqual([339123456]);
    expect(searchVessels(p, '366', 10).map((v) => v.mmsi)).toEqual([366000111]);
    expect(searchVessels(p, '9312345', 10).map((v) => v.mmsi)).toEqual([339123456]);
    const v = p.get(339123456);
    expect(v && inBbox(v, [-78, 17, -76, 19])).toBe(true);
    expect(v && inBbox(v, [-80, 17, -78, 19])).toBe(false);
  });

  it('[VES-9] reads a yearless ETA as the next such moment', () => {
    expect(etaFromParts(1, 3, 12, 0, Date.UTC(2026, 11, 30))).toBe(Date.UTC(2027, 0, 3, 12));
    expect(etaFromParts(12, 29, 0, 0, Date.UTC(2027, 0, 2))).toBe(Date.UTC(2026, 11, 29));
    expect(etaFromParts(null, 3, 12, 0, T0)).toBeNull();
    expect(etaFromParts(4, 31, 12, 0, T0)).toBeNull();
  });
});
