import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitReader } from '../bit-reader.ts';
import { BitWriter } from '../bit-writer.ts';
import { AisDecoder } from '../decoder.ts';
import type { EncodableMessage } from '../encoder/encode-message.ts';
import { encodeSentences } from '../encoder/sentences.ts';
import { isAuxiliaryCraft } from '../messages/static-data-report.ts';
import type { AisMessage } from '../messages/types.ts';
import { rateOfTurnFromIndicator } from '../messages/units.ts';
import { TEXT_ALPHABET } from '../sixbit.ts';
import { decodeCorpus } from './corpus.ts';

function decodeAll(sentences: string[]): AisMessage[] {
  const decoder = new AisDecoder();
  return sentences.flatMap((s, i) => decoder.push(s, i)).map((d) => d.message);
}

// Values on the wire grid, so that decode(encode(m)) can equal m exactly.
const mmsi = fc.integer({ min: 0, max: 2 ** 30 - 1 });
const repeat = fc.integer({ min: 0, max: 3 });
const lon = fc.option(fc.integer({ min: -108_000_000, max: 108_000_000 }).map((r) => r / 600_000));
const lat = fc.option(fc.integer({ min: -54_000_000, max: 54_000_000 }).map((r) => r / 600_000));
const speed = fc.option(fc.integer({ min: 0, max: 1022 }).map((r) => r / 10));
const course = fc.option(fc.integer({ min: 0, max: 3599 }).map((r) => r / 10));
const heading = fc.option(fc.integer({ min: 0, max: 359 }));
const second = fc.option(fc.oneof(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 61, max: 63 })));
const uint = (bits: number) => fc.integer({ min: 0, max: 2 ** bits - 1 });
/** Six-bit text as the decoder returns it: no '@', no trailing spaces. */
const text = (max: number) =>
  fc
    .array(fc.constantFrom(...TEXT_ALPHABET.slice(1)), { maxLength: max })
    .map((chars) => chars.join('').replace(/ +$/, ''));
const dims = { toBow: uint(9), toStern: uint(9), toPort: uint(6), toStarboard: uint(6) };

const classA = fc
  .record({
    type: fc.constantFrom(1 as const, 2 as const, 3 as const),
    repeat,
    mmsi,
    navStatus: uint(4),
    turn: fc.option(fc.integer({ min: -127, max: 127 })),
    speed,
    accuracy: fc.boolean(),
    lon,
    lat,
    course,
    heading,
    second,
    maneuver: uint(2),
    raim: fc.boolean(),
    radio: uint(19),
  })
  .map((m) => ({ ...m, rateOfTurn: rateOfTurnFromIndicator(m.turn) }));

const staticVoyage = fc.record({
  type: fc.constant(5 as const),
  repeat,
  mmsi,
  aisVersion: uint(2),
  imo: fc.option(fc.integer({ min: 1, max: 2 ** 30 - 1 })),
  callsign: text(7),
  shipName: text(20),
  shipType: uint(8),
  ...dims,
  epfd: uint(4),
  etaMonth: fc.option(fc.integer({ min: 1, max: 12 })),
  etaDay: fc.option(fc.integer({ min: 1, max: 31 })),
  etaHour: fc.option(fc.integer({ min: 0, max: 23 })),
  etaMinute: fc.option(fc.integer({ min: 0, max: 59 })),
  draught: fc.option(fc.integer({ min: 1, max: 255 }).map((r) => r / 10)),
  destination: text(20),
  dte: fc.boolean(),
});

const classBPosition = {
  repeat,
  mmsi,
  reserved: uint(8),
  speed,
  accuracy: fc.boolean(),
  lon,
  lat,
  course,
  heading,
  second,
};

const classB = fc.record({
  type: fc.constant(18 as const),
  ...classBPosition,
  regional: uint(2),
  cs: fc.boolean(),
  display: fc.boolean(),
  dsc: fc.boolean(),
  band: fc.boolean(),
  msg22: fc.boolean(),
  assigned: fc.boolean(),
  raim: fc.boolean(),
  radio: uint(20),
});

const classBExtended = fc.record({
  type: fc.constant(19 as const),
  ...classBPosition,
  regional: uint(4),
  shipName: text(20),
  shipType: uint(8),
  ...dims,
  epfd: uint(4),
  raim: fc.boolean(),
  dte: fc.boolean(),
  assigned: fc.boolean(),
});

const partA = fc.record({
  type: fc.constant(24 as const),
  repeat,
  mmsi,
  part: fc.constant('A' as const),
  shipName: text(20),
});

/** The 42-bit vendor field read as 7 chars, as the decoder's vendorIdLegacy does. */
function legacyVendorId(vendorId: string, model: number, serial: number): string {
  const { payload } = new BitWriter().text(vendorId, 3).put(model, 4).put(serial, 20).toPayload();
  const r = new BitReader();
  r.load(payload, 0, payload.length, 0);
  return r.text(0, 7);
}

const partB = fc
  .record({
    type: fc.constant(24 as const),
    repeat,
    mmsi: fc.oneof(mmsi, fc.integer({ min: 980_000_000, max: 989_999_999 })),
    part: fc.constant('B' as const),
    shipType: uint(8),
    vendorId: text(3),
    model: uint(4),
    serial: uint(20),
    callsign: text(7),
    dims: fc.record(dims),
    mothership: mmsi,
  })
  .map(({ dims: d, mothership, ...m }) => ({
    ...m,
    vendorIdLegacy: legacyVendorId(m.vendorId, m.model, m.serial),
    dimensions: isAuxiliaryCraft(m.mmsi) ? null : d,
    mothershipMmsi: isAuxiliaryCraft(m.mmsi) ? mothership : null,
  }));

const longRange = fc.record({
  type: fc.constant(27 as const),
  repeat,
  mmsi,
  accuracy: fc.boolean(),
  raim: fc.boolean(),
  navStatus: uint(4),
  lon: fc.option(fc.integer({ min: -108_000, max: 108_000 }).map((r) => r / 600)),
  lat: fc.option(fc.integer({ min: -54_000, max: 54_000 }).map((r) => r / 600)),
  speed: fc.option(fc.integer({ min: 0, max: 62 })),
  course: fc.option(fc.integer({ min: 0, max: 359 })),
  positionLatency: fc.boolean(),
});

const encodable: fc.Arbitrary<EncodableMessage> = fc.oneof(
  classA,
  staticVoyage,
  classB,
  classBExtended,
  partA,
  partB,
  longRange,
);

describe('encoder', () => {
  it('[AIS-ENC-1] decode(encode(m)) equals m for types 1-3, 5, 18, 19, 24A, 24B and 27', () => {
    fc.assert(
      fc.property(encodable, (m) => {
        expect(decodeAll(encodeSentences(m))).toEqual([m]);
      }),
      { numRuns: 2000 },
    );
  });

  it('[AIS-ENC-2] long payloads are split into numbered fragments that reassemble (type 5: 2 sentences)', () => {
    fc.assert(
      fc.property(staticVoyage, fc.integer({ min: 0, max: 9 }), (m, seqId) => {
        const sentences = encodeSentences(m, { seqId, channel: 'B' });
        expect(sentences).toHaveLength(2);
        expect(sentences[0]).toMatch(new RegExp(`^!AIVDM,2,1,${seqId},B,`));
        expect(sentences.every((s) => s.length <= 82)).toBe(true);
        expect(decodeAll(sentences)).toEqual([m]);
      }),
      { numRuns: 300 },
    );
  });

  it('[AIS-ENC-3] talker, VDO and channel options are honoured', () => {
    const decoder = new AisDecoder();
    const m = {
      type: 27,
      repeat: 0,
      mmsi: 236091959,
      accuracy: false,
      raim: false,
      navStatus: 3,
      lon: -154.2,
      lat: 87.065,
      speed: 0,
      course: 0,
      positionLatency: false,
    } as const;
    const [s] = encodeSentences(m, { talker: 'BS', ownShip: true, channel: '2' });
    expect(s).toMatch(/^!BSVDO,1,1,,2,/);
    const [d] = decoder.push(s ?? '', 0);
    expect(d).toMatchObject({ talker: 'BS', ownShip: true, channel: '2', message: m });
  });

  it('[AIS-ENC-4] re-encoding real messages (gpsd sample) reproduces the original payload bits', () => {
    const { decoded } = decodeCorpus('gpsd/sample.aivdm');
    const encodableTypes = new Set([1, 2, 3, 4, 5, 11, 18, 19, 24, 27]);
    let checked = 0;
    for (const d of decoded) {
      if (!encodableTypes.has(d.message.type)) continue;
      expect(decodeAll(encodeSentences(d.message as EncodableMessage))).toEqual([d.message]);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });
});
