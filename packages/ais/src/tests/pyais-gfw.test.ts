import { describe, expect, it } from 'vitest';
import { AisDecoder } from '../decoder.ts';
import { type RejectReason, REJECT_REASONS } from '../reject-reasons.ts';
import { corpusLines, decodeCorpus } from './corpus.ts';

/** Per-line outcome: messages decoded, reasons counted, or still waiting for more fragments. */
function outcomes(file: string): Array<{ line: string; messages: number; reasons: RejectReason[]; pending: number }> {
  const decoder = new AisDecoder();
  let before = decoder.stats.rejected;
  return corpusLines(file).map((line, i) => {
    const messages = decoder.push(line, i).length;
    const after = decoder.stats.rejected;
    const reasons = REJECT_REASONS.filter((r) => after[r] > before[r]);
    before = after;
    return { line, messages, reasons, pending: decoder.stats.pendingGroups };
  });
}

function nonZero(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

const PYAIS = [
  'pyais/nmea_data_sample.txt',
  'pyais/mixed.txt',
  'pyais/sample.ais',
  'pyais/gatehouse.nmea',
  'pyais/timestamped.ais',
];

describe('pyais samples', () => {
  it.each(PYAIS)(
    '[AIS-PYAIS-1] %s: every line is decoded, awaits its next fragment, or is rejected with a reason',
    (file) => {
      for (const o of outcomes(file)) {
        const trimmed = o.line.trim();
        if (trimmed === '' || trimmed.startsWith('#')) continue;
        const isFragment = /^(\\[^\\]*\\)?!..VD[MO],[2-9],/.test(trimmed);
        expect(o.messages > 0 || o.reasons.length > 0 || (isFragment && o.pending > 0), o.line).toBe(true);
      }
    },
  );

  it('[AIS-PYAIS-2] nmea_data_sample.txt: 778 messages; the faults are 100 empty payloads and 20 first fragments whose second never came', () => {
    const { stats } = decodeCorpus('pyais/nmea_data_sample.txt');
    expect(stats.messages).toBe(778);
    expect(nonZero(stats.rejected)).toEqual({ empty_payload: 100, orphan_fragment: 20 });
  });

  it('[AIS-PYAIS-3] mixed.txt: other NMEA sentences, noise, Gatehouse wrappers and broken tag blocks are each counted', () => {
    const { stats } = decodeCorpus('pyais/mixed.txt');
    expect(stats.messages).toBe(10);
    // $GPGGA $GPRTE $GPR00 $IIMWV; "foobar" and "IamNotAnAisMessage1111"; two $PGHP; three "*A" tag checksums
    expect(nonZero(stats.rejected)).toEqual({ not_ais: 4, not_nmea: 2, unsupported_wrapper: 2, bad_tag_block: 3 });
  });

  it('[AIS-PYAIS-4] sample.ais: !SAVDM multipart behind tag blocks decodes; bad tag-block checksums are rejected', () => {
    const { decoded, stats } = decodeCorpus('pyais/sample.ais');
    const sa = decoded.find((d) => d.talker === 'SA');
    expect(sa?.message.type).toBe(5);
    expect(sa?.tagBlock).toMatchObject({
      source: 'b003669710',
      unixTime: 1428621738,
      group: { sentence: 1, total: 2, id: 27300 },
    });
    expect(nonZero(stats.rejected)).toEqual({ not_nmea: 1, bad_tag_block: 4, unsupported_wrapper: 1 });
  });

  it.each(['pyais/gatehouse.nmea', 'pyais/timestamped.ais'])(
    '[AIS-PYAIS-5] %s: $PGHP wrapper lines are counted as unsupported_wrapper, the AIVDM lines decode',
    (file) => {
      const { stats } = decodeCorpus(file);
      expect(stats.messages).toBe(4);
      expect(nonZero(stats.rejected)).toEqual({ unsupported_wrapper: 4 });
    },
  );
});

describe('GlobalFishingWatch ais-tools samples', () => {
  it('[AIS-GFW-1] errors.nmea: 186-bit type 1/3 payloads decode; truncated copies fail their checksum', () => {
    const { decoded, stats } = decodeCorpus('gfw-ais-tools/errors.nmea');
    expect(decoded.map((d) => d.bitLength)).toEqual([186, 186, 168]);
    expect(decoded.map((d) => d.message.type)).toEqual([3, 1, 1]);
    expect(nonZero(stats.rejected)).toEqual({ bad_checksum: 2 });
  });

  it('[AIS-GFW-2] bad-tagblock-group.nmea: a malformed g: group id is bad_tag_block, not a silent decode', () => {
    const { decoded, stats } = decodeCorpus('gfw-ais-tools/bad-tagblock-group.nmea');
    expect(decoded).toEqual([]);
    expect(nonZero(stats.rejected)).toEqual({ bad_tag_block: 2 });
  });
});
