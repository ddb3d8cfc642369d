import { describe, expect, it } from 'vitest';
import { toGpsdJson } from '../gpsd/to-gpsd-json.ts';
import { corpusLines, decodeCorpus, referenceObjects } from './corpus.ts';

type Json = Record<string, unknown>;

/** The types whose every message must match gpsd field for field. */
const REQUIRED = new Set([1, 2, 3, 4, 5, 9, 11, 18, 19, 21, 24, 27]);

/**
 * gpsdecode prints a type 24 only once both parts arrived, as one object; we print parts separately.
 * Merge each part B with the latest part A of the same MMSI, in gpsd's field order.
 */
function mergeType24(objects: Json[]): Json[] {
  const partA = new Map<unknown, Json>();
  const out: Json[] = [];
  for (const o of objects) {
    if (o.type !== 24) {
      out.push(o);
      continue;
    }
    if (o.part === 'A') {
      partA.set(o.mmsi, o);
      continue;
    }
    const a = partA.get(o.mmsi);
    if (a === undefined) continue;
    partA.delete(o.mmsi);
    const { part: _part, ...b } = o;
    out.push({ ...b, shipname: a.shipname });
  }
  return out;
}

/** Pairs each reference object with the next of ours having the same type and MMSI. */
function pair(ours: Json[], reference: Json[]): Array<{ ref: Json; ours: Json | undefined }> {
  let next = 0;
  return reference.map((ref) => {
    let j = next;
    while (j < ours.length && !(ours[j]?.type === ref.type && ours[j]?.mmsi === ref.mmsi)) j++;
    const match = ours[j];
    if (match !== undefined) next = j + 1;
    return { ref, ours: match };
  });
}

function oursAsGpsd(scaled: boolean): Json[] {
  const { decoded } = decodeCorpus('gpsd/sample.aivdm');
  return mergeType24(decoded.map((d) => JSON.parse(toGpsdJson(d.message, { scaled, device: 'stdin' })) as Json));
}

/**
 * Where we knowingly differ from gpsd: gpsd never fills the type 26 radio field and does not clear the
 * radio bits sharing the last data byte. Nothing else, types 6, 7 and 8 included.
 */
function knownDifference(ref: Json, key: string): boolean {
  return ref.type === 26 && (key === 'radio' || key === 'data');
}

describe('gpsd sample.aivdm', () => {
  it('[AIS-GPSD-1] every type 1-5, 9, 11, 18, 19, 21, 24, 27 message equals gpsdecode -u -j (sample.aivdm.ju.chk) field for field', () => {
    const reference = referenceObjects('gpsd/sample.aivdm.ju.chk').filter((r) => REQUIRED.has(r.type as number));
    expect(reference.length).toBeGreaterThan(25);
    for (const { ref, ours } of pair(oursAsGpsd(false), reference)) {
      expect(ours, JSON.stringify(ref)).toEqual(ref);
    }
  });

  it('[AIS-GPSD-2] unscaled lines of the required types are byte-identical to gpsdecode -u -j, type 24 aside', () => {
    const { decoded } = decodeCorpus('gpsd/sample.aivdm');
    const ours = decoded
      .filter((d) => REQUIRED.has(d.message.type) && d.message.type !== 24)
      .map((d) => toGpsdJson(d.message, { scaled: false, device: 'stdin' }));
    const reference = corpusLines('gpsd/sample.aivdm.ju.chk')
      .map((l) => l.replace(/\r$/, ''))
      .filter((l) => l !== '' && REQUIRED.has((JSON.parse(l) as Json).type as number) && !l.includes('"type":24,'));
    expect(ours).toEqual(reference);
  });

  it('[AIS-GPSD-3] scaled output of the required types equals gpsdecode -j (sample.aivdm.js.chk)', () => {
    const reference = referenceObjects('gpsd/sample.aivdm.js.chk').filter((r) => REQUIRED.has(r.type as number));
    for (const { ref, ours } of pair(oursAsGpsd(true), reference)) {
      expect(ours, JSON.stringify(ref)).toEqual(ref);
    }
  });

  it('[AIS-GPSD-4] every other message gpsd decoded is decoded too, differing only where documented', () => {
    for (const scaled of [false, true]) {
      const file = scaled ? 'gpsd/sample.aivdm.js.chk' : 'gpsd/sample.aivdm.ju.chk';
      const reference = referenceObjects(file);
      const pairs = pair(oursAsGpsd(scaled), reference);
      expect(pairs.filter((p) => p.ours === undefined).map((p) => p.ref)).toEqual([]);
      for (const { ref, ours } of pairs) {
        const keys = new Set([...Object.keys(ref), ...Object.keys(ours ?? {})]);
        const differing = [...keys].filter((k) => JSON.stringify(ref[k]) !== JSON.stringify(ours?.[k]));
        expect(
          differing.filter((k) => !knownDifference(ref, k)),
          JSON.stringify(ref),
        ).toEqual([]);
      }
    }
  });

  it('[AIS-GPSD-5] no line of sample.aivdm is rejected except the one without a leading "!"', () => {
    const { stats } = decodeCorpus('gpsd/sample.aivdm');
    const rejected = Object.entries(stats.rejected).filter(([, n]) => n > 0);
    expect(rejected).toEqual([['not_nmea', 1]]);
    expect(stats.internalErrors).toBe(0);
  });
});

describe('gpsd daemon logs', () => {
  for (const file of ['gpsd/ais-18-27.log', 'gpsd/ais_unpack_sixbit.log']) {
    it(`[AIS-GPSD-6] ${file}: every message equals gpsd's JSON in ${file}.chk`, () => {
      const { decoded } = decodeCorpus(file);
      const ours = mergeType24(decoded.map((d) => JSON.parse(toGpsdJson(d.message, { scaled: false })) as Json));
      expect(ours).toEqual(referenceObjects(`${file}.chk`));
    });
  }

  it('[AIS-GPSD-7] type 24 sentences with part number 2 or 3 are rejected as invalid_message (69 in ais-18-27.log)', () => {
    const { stats } = decodeCorpus('gpsd/ais-18-27.log');
    expect(stats.rejected.invalid_message).toBe(69);
    expect(Object.values(stats.rejected).reduce((a, b) => a + b, 0)).toBe(69);
  });

  it('[AIS-GPSD-8] six-bit text: cut at the first "@", trailing spaces trimmed, "_" and punctuation kept', () => {
    const { decoded } = decodeCorpus('gpsd/ais_unpack_sixbit.log');
    const names = decoded.map((d) =>
      'shipName' in d.message ? d.message.shipName : 'name' in d.message ? d.message.name : '',
    );
    expect(names).toContain('HASNUR_05');
    expect(names).toContain('HILLSBRGH CUT C CH LB 17');
    const destinations = decoded.flatMap((d) => (d.message.type === 5 ? [d.message.destination] : []));
    expect(destinations).toEqual(expect.arrayContaining(["R'DAM/LWARDEN", 'AMSTERDAM>', '.']));
  });
});
