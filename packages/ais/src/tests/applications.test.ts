import { describe, expect, it } from 'vitest';
import { AisDecoder, type DecodedAis } from '../decoder.ts';
import { encodeAreaNotice, encodePersonsOnBoard, encodeWeather } from '../encoder/applications.ts';
import { printfFixed } from '../gpsd/json-line.ts';
import { toGpsdJson } from '../gpsd/to-gpsd-json.ts';
import type { AisMessage } from '../messages/types.ts';
import { addressed, broadcast, decodeBits, gpsdObject, padTo } from './application-builder.ts';
import { decodeCorpus, referenceObjects } from './corpus.ts';

type Json = Record<string, unknown>;

/** The envelope fields a gpsd JSON line does not read. */
const DECODED_STUB: Omit<DecodedAis, 'message'> = {
  talker: 'AI',
  ownShip: false,
  channel: 'A',
  receivedAtMs: 0,
  tagBlock: null,
  fragments: 1,
  bitLength: 0,
};

function sampleAsGpsd(scaled: boolean): Json[] {
  return decodeCorpus('gpsd/sample.aivdm').decoded.map(
    (d) => JSON.parse(toGpsdJson(d.message, { scaled, device: 'stdin' })) as Json,
  );
}

describe('binary application payloads against gpsd', () => {
  it('[AIS-APP-1] every type 6, 7 and 8 message of sample.aivdm equals gpsdecode byte for byte, scaled and unscaled', () => {
    for (const scaled of [false, true]) {
      const reference = referenceObjects(scaled ? 'gpsd/sample.aivdm.js.chk' : 'gpsd/sample.aivdm.ju.chk').filter(
        (r) => r.type === 6 || r.type === 7 || r.type === 8,
      );
      const ours = sampleAsGpsd(scaled).filter((o) => o.type === 6 || o.type === 7 || o.type === 8);
      expect(reference).toHaveLength(34);
      expect(ours).toEqual(reference);
      // 21 of the 31 binary ones carry a decoded application (met/hydro, inland, IMO 236/289, GLA)
      expect(ours.filter((o) => (o.type === 6 || o.type === 8) && !('data' in o))).toHaveLength(21);
    }
  });

  it('[AIS-APP-1] decoder stats count each binary message once: decoded, or why its payload stayed bits', () => {
    const { stats } = decodeCorpus('gpsd/sample.aivdm');
    expect(stats.applications).toEqual({ decoded: 21, refused: { not_decoded: 7, bad_length: 3, out_of_range: 0 } });
  });

  it('[AIS-APP-2] a type 7 acknowledgement cut short by the end of the payload is still read (third MMSI of sample.aivdm)', () => {
    const acks = decodeCorpus('gpsd/sample.aivdm').decoded.flatMap((d) =>
      d.message.type === 7 ? [d.message.acks.map((a) => a.mmsi)] : [],
    );
    expect(acks).toContainEqual([43101326, 717096664, 76161024]);
    expect(acks).toContainEqual([158483613, 321823389, 836359488]);
  });
});

interface LayoutCase {
  name: string;
  bits: () => ReturnType<typeof addressed>;
  kind: string;
  /** Fields of gpsdecode -u -j (unscaled) that must appear with these values. */
  unscaled: Json;
  scaled?: Json;
}

const CASES: LayoutCase[] = [
  {
    name: 'DAC 200 FI 21 inland ETA at lock',
    bits: () =>
      padTo(
        addressed(200, 21)
          .text('NL', 2)
          .text('RTM', 3)
          .text('S0001', 5)
          .text('T0002', 5)
          .text('00123', 5)
          .put(6, 4)
          .put(15, 5)
          .put(9, 5)
          .put(30, 6)
          .put(2, 3)
          .put(1450, 12),
        248,
      ),
    kind: 'inland-eta',
    unscaled: {
      country: 'NL',
      locode: 'RTM',
      section: 'S0001',
      terminal: 'T0002',
      hectometre: '00123',
      eta: '6-15T9:30',
      tugs: 2,
      airdraught: 1450,
    },
  },
  {
    name: 'DAC 200 FI 22 inland RTA',
    bits: () =>
      padTo(
        addressed(200, 22)
          .text('DE', 2)
          .text('DUI', 3)
          .text('A', 5)
          .text('B', 5)
          .text('1', 5)
          .put(1, 4)
          .put(2, 5)
          .put(3, 5)
          .put(4, 6)
          .put(1, 2),
        232,
      ),
    kind: 'inland-rta',
    unscaled: { country: 'DE', locode: 'DUI', eta: '1-2T3:4', status: 1, status_text: 'Limited operation' },
  },
  {
    name: 'DAC 200 FI 55 inland persons on board',
    bits: () => padTo(addressed(200, 55).put(5, 8).put(120, 13).put(2, 8), 168),
    kind: 'inland-persons',
    unscaled: { crew: 5, passengers: 120, personnel: 2 },
  },
  {
    name: 'DAC 1 FI 16 persons on board (type 6)',
    bits: () => padTo(addressed(1, 16).put(37, 13), 104),
    kind: 'persons-on-board',
    unscaled: { persons: 37 },
  },
  {
    name: 'DAC 1 FI 16 persons on board (type 8, IMO 236 length)',
    bits: () => padTo(broadcast(1, 16).put(212, 13), 56 + 72),
    kind: 'persons-on-board',
    unscaled: { persons: 212 },
  },
  {
    name: 'DAC 1 FI 15 air draught (type 8)',
    bits: () => padTo(broadcast(1, 15).put(345, 11), 72),
    kind: 'air-draught',
    unscaled: { airdraught: 345 },
  },
  {
    name: 'DAC 1 FI 13 fairway closed',
    bits: () =>
      padTo(
        broadcast(1, 13)
          .text('ICE', 20)
          .text('BUOY 3', 20)
          .text('BUOY 9', 20)
          .put(12, 10)
          .put(1, 2)
          .put(4, 5)
          .put(2, 4)
          .put(6, 5)
          .put(0, 6)
          .put(9, 5)
          .put(3, 4)
          .put(18, 5)
          .put(45, 6),
        472,
      ),
    kind: 'fairway-closed',
    unscaled: {
      reason: 'ICE',
      closefrom: 'BUOY 3',
      closeto: 'BUOY 9',
      radius: 12,
      extunit: 1,
      from: '02-04T06:00',
      to: '03-09T18:45',
    },
  },
  {
    name: 'DAC 1 FI 17 VTS targets',
    bits: () =>
      broadcast(1, 17)
        .put(0, 2)
        .put(0, 12)
        .put(244123456, 30)
        .put(0, 4)
        .put(3_000_000, 24)
        .put(-600_000, 25)
        .put(90, 9)
        .put(12, 6)
        .put(105, 10)
        .put(2, 2)
        .text('PBAB', 7)
        .put(0, 4)
        .put(60_000, 24)
        .put(120_000, 25)
        .put(180, 9)
        .put(30, 6)
        .put(0, 10),
    kind: 'vts-targets',
    unscaled: {
      targets: [
        {
          idtype: 0,
          idtype_text: 'mmsi',
          mmsi: '244123456',
          lat: 3000000,
          lon: -600000,
          course: 90,
          second: 12,
          speed: 105,
        },
        {
          idtype: 2,
          idtype_text: 'callsign',
          callsign: 'PBAB',
          lat: 60000,
          lon: 120000,
          course: 180,
          second: 30,
          speed: 0,
        },
      ],
    },
    scaled: {
      targets: [
        { lat: 50, lon: -10 },
        { lat: 1, lon: 2 },
      ],
    },
  },
  {
    name: 'DAC 1 FI 19 marine traffic signal',
    bits: () =>
      padTo(
        broadcast(1, 19)
          .put(7, 10)
          .text('KIEL LOCK', 20)
          .put(608_000, 25)
          .put(3_240_000, 24)
          .put(1, 2)
          .put(2, 5)
          .put(14, 5)
          .put(5, 6)
          .put(4, 5),
        360,
      ),
    kind: 'marine-traffic-signal',
    unscaled: {
      linkage: 7,
      station: 'KIEL LOCK',
      lon: 608000,
      lat: 3240000,
      signal: 2,
      signal_text: 'Vessels shall not proceed.',
      nextsignal: 4,
      nextsignal_text: 'Vessels may proceed. Two way traffic.',
    },
  },
  {
    name: 'DAC 1 FI 20 berthing data',
    bits: () => {
      const w = addressed(1, 20)
        .put(3, 10)
        .put(250, 9)
        .put(120, 8)
        .put(1, 3)
        .put(5, 4)
        .put(20, 5)
        .put(8, 5)
        .put(15, 6)
        .put(1, 1);
      for (let i = 0; i < 26; i++) w.put(i % 4, 2);
      return w.text('BERTH 12', 20).put(600_000, 25).put(3_000_000, 24);
    },
    kind: 'berthing-data',
    unscaled: {
      linkage: 3,
      berth_length: 250,
      position: 1,
      position_text: 'Port-side to',
      arrival: '5-20T8:15',
      agent: 0,
      fuel: 1,
      future2: 1,
      berth_name: 'BERTH 12',
      berth_lon: 600000,
      berth_lat: 3000000,
      berth_depth: 120,
    },
    scaled: { berth_lon: 10, berth_lat: 50, berth_depth: 12 },
  },
  {
    name: 'DAC 1 FI 25 dangerous cargo (IMO 289)',
    bits: () => addressed(1, 25).put(1, 2).put(40, 10).put(3, 4).put(1203, 13).put(9, 4).put(77, 13),
    kind: 'dangerous-cargo-289',
    unscaled: {
      unit: 1,
      amount: 40,
      cargos: [
        { code: 3, subtype: 1203 },
        { code: 9, subtype: 77 },
      ],
    },
  },
  {
    name: 'DAC 1 FI 27 route information (broadcast)',
    bits: () =>
      broadcast(1, 27)
        .put(2, 10)
        .put(1, 3)
        .put(2, 5)
        .put(7, 4)
        .put(1, 5)
        .put(6, 5)
        .put(0, 6)
        .put(120, 18)
        .put(2, 5)
        .put(6_000_000, 28)
        .put(30_000_000, 27)
        .put(6_600_000, 28)
        .put(30_600_000, 27),
    kind: 'route-information',
    unscaled: {
      linkage: 2,
      sender: 1,
      rtype: 2,
      rtype_text: 'Recommended',
      start: '07-01T06:00Z',
      duration: 120,
      waypoints: [
        { lon: 6000000, lat: 30000000 },
        { lon: 6600000, lat: 30600000 },
      ],
    },
    scaled: {
      waypoints: [
        { lon: 10, lat: 50 },
        { lon: 11, lat: 51 },
      ],
    },
  },
  {
    name: 'DAC 1 FI 29 text description (broadcast)',
    bits: () => broadcast(1, 29).put(9, 10).text('STORM WARNING AREA 4', 20),
    kind: 'text-description',
    unscaled: { linkage: 9, text: 'STORM WARNING AREA 4' },
  },
  {
    name: 'DAC 200 FI 23 EMMA warning',
    bits: () =>
      padTo(
        broadcast(200, 23)
          .put(26, 8)
          .put(12, 4)
          .put(24, 5)
          .put(26, 8)
          .put(12, 4)
          .put(25, 5)
          .put(6, 5)
          .put(0, 6)
          .put(18, 5)
          .put(30, 6)
          .put(3_600_000, 28)
          .put(30_000_000, 27)
          .put(4_200_000, 28)
          .put(30_600_000, 27)
          .put(1, 4)
          .put(-5, 9)
          .put(40, 9)
          .put(2, 2)
          .put(3, 4),
        256,
      ),
    kind: 'inland-emma',
    unscaled: {
      start: '2026-12-24T06:00',
      end: '2026-12-25T18:30',
      start_lon: 3600000,
      type: 1,
      type_text: 'Wind',
      min: -5,
      max: 40,
      class: 2,
      class_text: 'Strong',
      wind: 3,
      wind_text: 'East',
    },
    scaled: { start_lon: 6, start_lat: 50, end_lon: 7, end_lat: 51 },
  },
  {
    name: 'DAC 200 FI 24 water level',
    bits: () => padTo(broadcast(200, 24).text('NL', 2).put(11, 11).put(-120, 14).put(12, 11).put(340, 14), 168),
    kind: 'inland-water-level',
    unscaled: {
      country: 'NL',
      gauges: [
        { id: 11, level: -120 },
        { id: 12, level: 340 },
        { id: 0, level: 0 },
        { id: 0, level: 0 },
      ],
    },
  },
  {
    name: 'DAC 200 FI 40 signal status',
    bits: () =>
      padTo(broadcast(200, 40).put(3_600_000, 28).put(30_000_000, 27).put(2, 4).put(90, 9).put(1, 3).put(4, 30), 168),
    kind: 'inland-signal',
    unscaled: {
      lon: 3600000,
      lat: 30000000,
      form: 2,
      facing: 90,
      direction: 1,
      direction_text: 'Upstream',
      status: 4,
      status_text: 'Green',
    },
  },
];

describe('application layouts gpsd decodes, built bit by bit', () => {
  for (const c of CASES) {
    it(`[AIS-APP-3] ${c.name}: decoded with gpsd's field names and values`, () => {
      const d = decodeBits(c.bits());
      const m = d.message;
      expect(m.type === 6 || m.type === 8).toBe(true);
      if (m.type !== 6 && m.type !== 8) return;
      expect(m.refusal).toBeNull();
      expect(m.application?.kind).toBe(c.kind);
      const unscaled = gpsdObject(d, false);
      expect(unscaled).not.toHaveProperty('data');
      expect(unscaled).toMatchObject(c.unscaled);
      if (c.scaled) expect(gpsdObject(d, true)).toMatchObject(c.scaled);
    });
  }

  it('[AIS-APP-3] DAC 1 FI 22 area notice: header and every sub-area shape; gpsd prints it as data, so does the CLI', () => {
    const w = broadcast(1, 22).put(17, 10).put(35, 7).put(3, 4).put(14, 5).put(8, 5).put(30, 6).put(1440, 18);
    // circle: scale 10 m, at 10E 50N (1/1000 min), radius 50 -> 500 m
    w.put(0, 3).put(1, 2).put(600_000, 25).put(3_000_000, 24).put(4, 3).put(50, 12).put(0, 18);
    // rectangle 2 x 3 (x100 m) turned 45 degrees
    w.put(1, 3).put(2, 2).put(600_000, 25).put(3_000_000, 24).put(4, 3).put(2, 8).put(3, 8).put(45, 9).put(0, 5);
    // polygon: two steps (bearing in half degrees), then a zero distance ends the list
    w.put(4, 3)
      .put(0, 2)
      .put(180, 10)
      .put(900, 10)
      .put(360, 10)
      .put(500, 10)
      .put(0, 10)
      .put(0, 10)
      .put(0, 10)
      .put(0, 10)
      .put(0, 2);
    // text
    w.put(5, 3).text('NO ENTRY', 14);
    const d = decodeBits(w);
    const m = d.message;
    if (m.type !== 8) throw new Error('type 8 expected');
    expect(m.application).toEqual({
      kind: 'area-notice',
      linkage: 17,
      notice: 35,
      month: 3,
      day: 14,
      hour: 8,
      minute: 30,
      duration: 1440,
      subareas: [
        { shape: 'circle', lon: 600_000, lat: 3_000_000, precision: 4, radiusM: 500 },
        { shape: 'rectangle', lon: 600_000, lat: 3_000_000, precision: 4, eastM: 200, northM: 300, orientation: 45 },
        {
          shape: 'polygon',
          points: [
            { angle: 90, distanceM: 900 },
            { angle: 180, distanceM: 500 },
          ],
        },
        { shape: 'text', text: 'NO ENTRY' },
      ],
    });
    expect(gpsdObject(d, false)).toHaveProperty('data');
  });
});

describe('refusals', () => {
  const refusal = (m: AisMessage) => (m.type === 6 || m.type === 8 ? m.refusal : 'not binary');

  it('[AIS-APP-4] a payload that does not fit its layout stays raw data, counted under its reason', () => {
    const decoder = new AisDecoder();
    // inland static data is exactly 168 bits; 176 is some other application
    expect(refusal(decodeBits(padTo(broadcast(200, 10), 176), decoder).message)).toBe('bad_length');
    // blue cones 7 is not defined: not FI 10 even at the right length
    const hazard7 = padTo(
      broadcast(200, 10).text('1234567', 8).put(1000, 13).put(100, 10).put(8010, 14).put(7, 3),
      168,
    );
    expect(refusal(decodeBits(hazard7, decoder).message)).toBe('out_of_range');
    expect(refusal(decodeBits(padTo(broadcast(366, 56), 120), decoder).message)).toBe('not_decoded');
    expect(refusal(decodeBits(padTo(addressed(1, 16), 96), decoder).message)).toBe('bad_length');
    expect(decoder.stats.applications.refused).toEqual({ not_decoded: 1, bad_length: 2, out_of_range: 1 });
    const hazardJson = gpsdObject(decodeBits(hazard7), false);
    expect(hazardJson.data).toMatch(/^112:/);
  });
});

describe('printf rounding', () => {
  it("[AIS-APP-6] numbers print as C's %.Nf: exact ties round to even, everything else as toFixed", () => {
    expect(printfFixed(0.25, 1)).toBe('0.2');
    expect(printfFixed(0.75, 1)).toBe('0.8');
    expect(printfFixed(-0.25, 1)).toBe('-0.2');
    expect(printfFixed(2.5, 0)).toBe('2');
    expect(printfFixed(0.35, 1)).toBe('0.3');
    expect(printfFixed(30.01, 1)).toBe('30.0');
    expect(printfFixed(274 * 0.05, 2)).toBe('13.70');
  });
});

describe('application encoders', () => {
  it('[AIS-ENC-5] area notice, persons on board and weather encoders decode back to what was given', () => {
    const decoder = new AisDecoder();
    const decodeAll = (lines: string[]) => lines.flatMap((l) => [...decoder.push(l, 0)]).map((d) => d.message);
    const start = new Date(Date.UTC(2026, 11, 7, 14, 30));
    const [area] = decodeAll(
      encodeAreaNotice({
        mmsi: 2_320_001,
        linkage: 4,
        notice: 35,
        start,
        durationMinutes: 90,
        subareas: [
          { shape: 'circle', lat: 50.5, lon: -1.25, radiusM: 1500 },
          { shape: 'text', text: 'LIVE FIRING' },
        ],
      }),
    );
    expect(area?.type === 8 && area.application).toMatchObject({
      kind: 'area-notice',
      linkage: 4,
      notice: 35,
      month: 12,
      day: 7,
      hour: 14,
      minute: 30,
      duration: 90,
      subareas: [
        { shape: 'circle', lat: 50.5 * 60_000, lon: -1.25 * 60_000, radiusM: 1500 },
        { shape: 'text', text: 'LIVE FIRING' },
      ],
    });
    const [persons] = decodeAll(encodePersonsOnBoard(244_000_002, 2_440_000, 23));
    expect(persons?.type === 6 && persons.application).toEqual({ kind: 'persons-on-board', persons: 23 });
    const [weather] = decodeAll(
      encodeWeather({
        mmsi: 2_320_002,
        lat: 50.6,
        lon: -1.3,
        observedAt: start,
        windSpeedKn: 22,
        windGustKn: 31,
        windDirectionDeg: 240,
        airTemperatureC: -2.5,
        pressureHpa: 998,
        visibilityNm: 4.5,
        waveHeightM: 2.1,
        wavePeriodS: 7,
        waveDirectionDeg: 250,
        seaState: 6,
        waterTemperatureC: 9.8,
      }),
    );
    expect(weather && gpsdObject({ ...DECODED_STUB, message: weather }, true)).toMatchObject({
      fid: 31,
      lat: 50.6,
      lon: -1.3,
      wspeed: 22,
      wgust: 31,
      airtemp: -2.5,
      pressure: 998,
      visibility: 4.5,
      waveheight: 2.1,
      seastate: 6,
      watertemp: 9.8,
    });
  });
});
