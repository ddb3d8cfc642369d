import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitReader } from '../bit-reader.ts';
import { scanCommonSentence } from '../nmea/common-sentence.ts';
import { SentenceFields, scanAnySentence } from '../nmea/sentence.ts';
import { corpusLines } from './corpus.ts';
import { sentence } from './helpers.ts';

const REAL = [
  'gpsd/sample.aivdm',
  'pyais/nmea_data_sample.txt',
  'pyais/mixed.txt',
  'libais/typeexamples.nmea',
  'gfw-ais-tools/errors.nmea',
]
  .flatMap((f) => corpusLines(f))
  .map((l) => l.replace(/\s+$/, ''))
  .filter((l) => l.startsWith('!') || l.startsWith('$'));

/** What a scan leaves for the decoder: the fields and the packed payload bits. */
function scanned(f: SentenceFields, r: BitReader): unknown {
  r.finish(f.fillBits);
  const bits = Array.from({ length: Math.ceil(r.bitLength / 30) }, (_, i) =>
    r.uint(i * 30, Math.min(30, r.bitLength - i * 30)),
  );
  return { ...f, bitLength: r.bitLength, bits };
}

/** The fast path's verdict must be the general scanner's: it accepts only what that accepts, with equal fields. */
function agree(line: string): void {
  const fast = new SentenceFields();
  const fastReader = new BitReader();
  const slow = new SentenceFields();
  const slowReader = new BitReader();
  const accepted = scanCommonSentence(line, 0, line.length, fast, fastReader);
  const reason = scanAnySentence(line, 0, line.length, slow, slowReader);
  if (accepted) {
    expect(reason).toBeNull();
    expect(scanned(fast, fastReader)).toEqual(scanned(slow, slowReader));
  }
}

describe('fast path for common sentences', () => {
  it('[AIS-FAST-1] takes the usual corpus lines, and agrees with the general scanner on every one', () => {
    let taken = 0;
    for (const line of REAL) {
      agree(line);
      if (scanCommonSentence(line, 0, line.length, new SentenceFields(), new BitReader())) taken++;
    }
    // nearly every real sentence has the common shape; the fast path is worth having only if it is taken
    expect(taken / REAL.length).toBeGreaterThan(0.8);
  });

  it('[AIS-FAST-2] never accepts what the general scanner rejects, for any field contents (checksums made valid)', () => {
    // each field is usually plausible and sometimes anything, so accepted sentences are common and every
    // boundary of the fast path (digit ranges, field lengths, fill 0-5, armour) is crossed
    const anything = fc.string({ maxLength: 5 });
    const sometimes = (plausible: fc.Arbitrary<string>): fc.Arbitrary<string> =>
      fc.oneof({ arbitrary: plausible, weight: 5 }, { arbitrary: anything, weight: 1 });
    const digit = fc.nat(10).map(String);
    const armour = fc.string({
      unit: fc.constantFrom(...'0189:;<=>?@AVW`abvw'.split('')),
      minLength: 0,
      maxLength: 30,
    });
    const body = fc
      .tuple(
        sometimes(fc.constantFrom('AIVDM', 'AIVDO', 'BSVDM', 'aiVDM', 'AIVDX')),
        sometimes(digit),
        sometimes(digit),
        sometimes(fc.oneof(fc.constant(''), fc.nat(9999).map(String))),
        sometimes(fc.constantFrom('', 'A', 'B', '1', '2', 'a', '@', 'AB')),
        sometimes(fc.oneof(fc.constant('15RTgt0PAso;90TKcjM8h6g208CQ'), armour)),
        sometimes(fc.oneof(fc.constant(''), fc.nat(7).map(String))),
        fc.array(anything, { maxLength: 1 }),
      )
      .map(([address, total, num, seq, channel, data, fill, extra]) =>
        [address, total, num, seq, channel, data, fill, ...extra].join(','),
      );
    fc.assert(
      fc.property(body, fc.constantFrom('!', '$'), fc.boolean(), (b, start, valid) => {
        const line = sentence(b, start);
        agree(valid ? line : `${line.slice(0, -1)}0`);
      }),
      { numRuns: 5000 },
    );
  });
});
