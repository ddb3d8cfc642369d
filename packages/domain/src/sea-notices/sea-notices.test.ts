import { AisDecoder, type AisMessage, type AreaNotice } from '@tidewatch/ais';
import { describe, expect, it } from 'vitest';
import { VesselPicture } from '../vessels/vessel-picture.ts';
import { SeaNotices } from './sea-notices.ts';

/** 20 Dec, 18:30 UTC: the receive time of gpsd's met-hydro samples (observed "20T18:28Z"). */
const RECEIVED = Date.UTC(2026, 11, 20, 18, 30);
const MIN = 60_000;

/** gpsd sample.aivdm: an IMO 289 FI 31 broadcast from station 992611190 off Gdansk. */
const FI31 = [
  '!AIVDM,2,1,9,B,8>j`;MP0GhRHI1S`CrTW2?u2Ot1owwnews0F003wwwwwww0001wwwwwwwwh0,0*02',
  '!AIVDM,2,2,9,B,00,4*18',
];

function decode(lines: string[]): AisMessage {
  const decoder = new AisDecoder();
  const [d] = lines.flatMap((l) => [...decoder.push(l, 0)]);
  if (d === undefined) throw new Error('no message');
  return d.message;
}

function notice(linkage: number, overrides: Partial<AreaNotice> = {}): AisMessage {
  const application: AreaNotice = {
    kind: 'area-notice',
    linkage,
    notice: 35,
    month: 12,
    day: 20,
    hour: 18,
    minute: 0,
    duration: 120,
    subareas: [{ shape: 'circle', lon: 18.7 * 60_000, lat: 54.4 * 60_000, precision: 4, radiusM: 2000 }],
    ...overrides,
  };
  return {
    type: 8,
    repeat: 0,
    mmsi: 2_610_001,
    dac: 1,
    fid: 22,
    data: { bits: 0, hex: '' },
    application,
    refusal: null,
  };
}

describe('weather at sea', () => {
  it('[AIS-SEA-1] a met-hydro broadcast becomes an observation in natural units, "not available" as null', () => {
    const notices = new SeaNotices();
    expect(notices.apply(decode(FI31), RECEIVED)).toBe(true);
    const [w] = notices.observations();
    expect(w).toMatchObject({
      stationMmsi: 992611190,
      observedAt: '2026-12-20T18:28:00.000Z',
      windSpeedKn: 17,
      windGustKn: null,
      windDirectionDeg: 132,
      airTemperatureC: 1.4,
      pressureHpa: 1013,
      visibilityNm: null,
      visibilityMore: true,
      waveHeightM: 0,
      wavePeriodS: 0,
      swellHeightM: null,
      seaState: null,
      waterTemperatureC: -0.1,
    });
    expect(w?.lat).toBeCloseTo(54.411183, 5);
    expect(w?.lon).toBeCloseTo(18.776667, 5);
  });

  it('[AIS-SEA-1] the nearest observation within 50 NM is the one a vessel card shows; older than 3 h it goes', () => {
    const notices = new SeaNotices();
    notices.apply(decode(FI31), RECEIVED);
    expect(notices.nearestWeather(54.5, 18.8)?.distanceNm).toBeCloseTo(5.5, 0);
    expect(notices.nearestWeather(56, 18.8)).toBeNull();
    expect(notices.sweep(RECEIVED + 3 * 60 * MIN + 1)).toBe(true);
    expect(notices.observations()).toEqual([]);
  });
});

describe('area notices', () => {
  it('[AIS-SEA-2] an area notice is an area for its duration: circle as a closed ring, dropped at its end', () => {
    const notices = new SeaNotices();
    expect(notices.apply(notice(7), RECEIVED)).toBe(true);
    const [area] = notices.areaNotices();
    expect(area).toMatchObject({
      id: '2610001-7',
      noticeText: 'Restricted: entry prohibited',
      startsAt: '2026-12-20T18:00:00.000Z',
      endsAt: '2026-12-20T20:00:00.000Z',
    });
    const ring = area?.geometry[0]?.type === 'Polygon' ? area.geometry[0].coordinates[0] : [];
    expect(ring?.length).toBe(33);
    expect(ring?.[0]).toEqual(ring?.[32]);
    expect(notices.sweep(RECEIVED + 89 * MIN)).toBe(false);
    expect(notices.sweep(RECEIVED + 90 * MIN)).toBe(true);
    expect(notices.areaNotices()).toEqual([]);
  });

  it('[AIS-SEA-2] cancellation, replacement by linkage, anchored polygons and text, and an end already past', () => {
    const notices = new SeaNotices();
    notices.apply(notice(1), RECEIVED);
    notices.apply(notice(1, { notice: 27 }), RECEIVED);
    expect(notices.areaNotices().map((a) => a.noticeText)).toEqual(['Environmental caution: high waves']);
    expect(notices.apply(notice(1, { notice: 126 }), RECEIVED)).toBe(true);
    expect(notices.areaNotices()).toEqual([]);
    notices.apply(
      notice(2, {
        subareas: [
          { shape: 'circle', lon: 600_000, lat: 3_000_000, precision: 4, radiusM: 0 },
          {
            shape: 'polygon',
            points: [
              { angle: 90, distanceM: 1000 },
              { angle: 0, distanceM: 1000 },
            ],
          },
          { shape: 'text', text: 'FIRING RANGE' },
        ],
      }),
      RECEIVED,
    );
    const [area] = notices.areaNotices();
    expect(area?.text).toBe('FIRING RANGE');
    expect(area?.geometry.map((g) => g.type)).toEqual(['Point', 'Polygon']);
    // started 18:00 for 20 minutes: over when received at 18:30
    expect(notices.apply(notice(3, { duration: 20 }), RECEIVED)).toBe(false);
  });

  it('[AIS-SEA-2] a flood of notices is bounded: the oldest go first', () => {
    const notices = new SeaNotices({ maxAreas: 10 });
    for (let i = 0; i < 50; i++) notices.apply(notice(i), RECEIVED);
    expect(notices.areaNotices().map((a) => a.linkage)).toEqual([40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
  });
});

describe('persons on board', () => {
  it('[AIS-SEA-3] persons on board reported by a ship go to that vessel; a late report does not overwrite a newer one', () => {
    const picture = new VesselPicture();
    const persons = (count: number): AisMessage => ({
      type: 6,
      repeat: 0,
      mmsi: 244_000_002,
      seqNo: 0,
      destMmsi: 2_440_000,
      retransmit: false,
      dac: 1,
      fid: 16,
      data: { bits: 16, hex: '' },
      application: { kind: 'persons-on-board', persons: count },
      refusal: null,
    });
    expect(picture.apply(persons(23), RECEIVED)).toBe(true);
    expect(picture.apply(persons(5), RECEIVED - MIN)).toBe(false);
    expect(picture.get(244_000_002)?.personsOnBoard).toBe(23);
    expect(picture.apply(persons(8191), RECEIVED + MIN)).toBe(false);
    expect(picture.apply(decode(FI31), RECEIVED)).toBe(true);
    expect(picture.takeNoticesChanged()).toBe(true);
    expect(picture.takeNoticesChanged()).toBe(false);
  });
});
