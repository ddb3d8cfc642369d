import { describe, expect, it } from 'vitest';
import { AisDecoder } from '../decoder.ts';
import { sentence } from './helpers.ts';

// type 5 of gpsd's sample, in two fragments
const PART1 = '55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8';
const PART2 = '88888888880';

function fragment(num: number, seq: string, channel: string, payload: string, fill: number, talker = 'AI'): string {
  return sentence(`${talker}VDM,2,${num},${seq},${channel},${payload},${fill}`);
}

describe('multipart reassembly', () => {
  it('[AIS-MP-1] two fragments make one message, reported with the time of the last', () => {
    const decoder = new AisDecoder();
    expect(decoder.push(fragment(1, '1', 'A', PART1, 0), 100)).toEqual([]);
    const out = decoder.push(fragment(2, '1', 'A', PART2, 2), 200);
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toMatchObject({ type: 5, mmsi: 351759000, shipName: 'EVER DIADEM' });
    expect(out[0]?.fragments).toBe(2);
    expect(out[0]?.receivedAtMs).toBe(200);
  });

  it('[AIS-MP-2] interleaved messages on other channels, sequence ids and talkers do not mix', () => {
    const decoder = new AisDecoder();
    const lines = [
      fragment(1, '1', 'A', PART1, 0),
      fragment(1, '1', 'B', PART1, 0),
      fragment(1, '2', 'A', PART1, 0),
      fragment(1, '1', 'A', PART1, 0, 'BS'),
      fragment(2, '2', 'A', PART2, 2),
      fragment(2, '1', 'B', PART2, 2),
      fragment(2, '1', 'A', PART2, 2, 'BS'),
      fragment(2, '1', 'A', PART2, 2),
    ];
    const out = lines.flatMap((l, i) => decoder.push(l, i));
    expect(out).toHaveLength(4);
    expect(out.map((d) => d.message.mmsi)).toEqual([351759000, 351759000, 351759000, 351759000]);
    expect(decoder.stats.rejected.orphan_fragment).toBe(0);
  });

  it('[AIS-MP-3] fragments arriving out of order still complete the message', () => {
    const decoder = new AisDecoder();
    decoder.push(fragment(2, '3', 'A', PART2, 2), 0);
    expect(decoder.push(fragment(1, '3', 'A', PART1, 0), 1)).toHaveLength(1);
  });

  it('[AIS-MP-4] a fragment completing nothing is an orphan once its group times out (time passed in)', () => {
    const decoder = new AisDecoder({ fragmentTimeoutMs: 1000 });
    decoder.push(fragment(1, '4', 'A', PART1, 0), 0);
    // 1.5 s later the part 2 starts a new group: the old one has expired
    expect(decoder.push(fragment(2, '4', 'A', PART2, 2), 1500)).toEqual([]);
    expect(decoder.stats.rejected.orphan_fragment).toBe(1);
    decoder.flush();
    expect(decoder.stats.rejected.orphan_fragment).toBe(2);
    expect(decoder.stats.pendingGroups).toBe(0);
  });

  it('[AIS-MP-5] a repeated fragment number starts a new message and orphans the old one', () => {
    const decoder = new AisDecoder();
    decoder.push(fragment(1, '5', 'A', PART1, 0), 0);
    decoder.push(fragment(1, '5', 'A', PART1, 0), 1);
    expect(decoder.push(fragment(2, '5', 'A', PART2, 2), 2)).toHaveLength(1);
    expect(decoder.stats.rejected.orphan_fragment).toBe(1);
  });

  it('[AIS-MP-6] pending groups are bounded: the oldest is evicted and its fragments counted', () => {
    const decoder = new AisDecoder({ maxPendingGroups: 3 });
    for (let seq = 0; seq < 10; seq++) decoder.push(fragment(1, String(seq), 'A', PART1, 0), seq);
    expect(decoder.stats.pendingGroups).toBe(3);
    expect(decoder.stats.rejected.orphan_fragment).toBe(7);
    // the newest groups survive and complete
    expect(decoder.push(fragment(2, '9', 'A', PART2, 2), 10)).toHaveLength(1);
  });

  it('[AIS-MP-7] three-fragment messages reassemble (gpsd sample, type 8)', () => {
    const decoder = new AisDecoder();
    const lines = [
      '!AIVDM,3,1,7,A,85Mwp=iKfGwushJ?gNlt2QU3osVGe:4?cNhQqf2VH8t,0*08',
      '!AIVDM,3,2,7,A,?A;J6b7AwuiqIGLeNiKCPDR7HQR<u;TTFufegr>kCSF,0*41',
      '!AIVDM,3,3,7,A,Uq:1Kk`e8,4*27',
    ];
    const out = lines.flatMap((l, i) => decoder.push(l, i));
    expect(out).toHaveLength(1);
    expect(out[0]?.message.type).toBe(8);
    expect(out[0]?.fragments).toBe(3);
  });
});
