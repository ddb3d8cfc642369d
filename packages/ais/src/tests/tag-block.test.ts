import { describe, expect, it } from 'vitest';
import { AisDecoder } from '../decoder.ts';
import { parseTagBlock } from '../nmea/tag-block.ts';
import { corpusLines, referenceObjects } from './corpus.ts';
import { TYPE1_PAYLOAD, sentence, tagBlock } from './helpers.ts';

describe('NMEA 4.0 tag blocks', () => {
  it('[AIS-TAG-1] s:, c:, g:, t:, n:, d:, r: are parsed; unknown keys are kept as text', () => {
    const block = tagBlock('s:src,c:1700000000,g:1-2-1234,t:text,n:12,d:dst,r:5,q:u');
    const parsed = parseTagBlock(block, 0, block.length);
    expect(parsed).toEqual({
      ok: true,
      end: block.length,
      tagBlock: {
        source: 'src',
        unixTime: 1700000000,
        group: { sentence: 1, total: 2, id: 1234 },
        text: 'text',
        lineCount: 12,
        destination: 'dst',
        relativeTime: 5,
        other: { q: 'u' },
      },
    });
  });

  it('[AIS-TAG-2] the decoded message carries its tag block', () => {
    const decoder = new AisDecoder();
    const out = decoder.push(`${tagBlock('s:rORBCOMM,c:1418172113')}${sentence(`AIVDM,1,1,,B,${TYPE1_PAYLOAD},0`)}`, 0);
    expect(out[0]?.tagBlock).toEqual({ source: 'rORBCOMM', unixTime: 1418172113 });
  });

  it('[AIS-TAG-3] a wrong, short or missing tag-block checksum, or an unparsable field, is bad_tag_block', () => {
    const s = sentence(`AIVDM,1,1,,B,${TYPE1_PAYLOAD},0`);
    for (const bad of [
      '\\s:a,c:1*00\\',
      '\\s:a,c:1*A\\',
      '\\s:a,c:1\\',
      '\\s:a',
      tagBlock('c:notanumber'),
      tagBlock('g:1-2--001'),
      tagBlock('novalue'),
    ]) {
      const decoder = new AisDecoder();
      expect(decoder.push(`${bad}${s}`, 0), bad).toEqual([]);
      expect(decoder.stats.rejected.bad_tag_block, bad).toBe(1);
    }
  });

  it('[AIS-TAG-4] the tag block of the first fragment describes a multipart message', () => {
    const decoder = new AisDecoder();
    decoder.push(
      `${tagBlock('g:1-2-7,s:first,c:100')}${sentence('AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0')}`,
      0,
    );
    const out = decoder.push(`${tagBlock('g:2-2-7')}${sentence('AIVDM,2,2,1,A,88888888880,2')}`, 1);
    expect(out[0]?.tagBlock).toEqual({ group: { sentence: 1, total: 2, id: 7 }, source: 'first', unixTime: 100 });
  });

  it('[AIS-TAG-5] libais tagblock.nmea: station, time and group match libais tagblock.json', () => {
    const decoder = new AisDecoder();
    const out = corpusLines('libais/tagblock.nmea').flatMap((l, i) => decoder.push(l, i));
    const expected = referenceObjects('libais/tagblock.json');
    expect(out).toHaveLength(expected.length);
    out.forEach((d, i) => {
      const ref = expected[i] ?? {};
      expect(d.tagBlock?.source).toBe(ref.tagblock_station);
      expect(new Date((d.tagBlock?.unixTime ?? 0) * 1000).toISOString().replace('.000Z', '.000000Z')).toBe(
        ref.tagblock_timestamp,
      );
      expect(d.tagBlock?.other?.T).toBe(ref.tagblock_T);
      expect(d.tagBlock?.other?.q).toBe(ref.tagblock_q);
      if (ref.tagblock_group !== undefined) {
        const g = ref.tagblock_group as { groupsize: number; id: number; sentence: number };
        expect(d.tagBlock?.group).toEqual({ sentence: g.sentence, total: g.groupsize, id: g.id });
      }
      expect(d.message.mmsi).toBe(ref.mmsi);
    });
  });
});
