import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AisDecoder } from '../decoder.ts';
import { toGpsdJson } from '../gpsd/to-gpsd-json.ts';
import { addressed, broadcast, decodeBits } from './application-builder.ts';

const KNOWN_FIDS = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 32, 40, 55];

/** Any binary message: a known DAC/FI most of the time, arbitrary ones otherwise, with random data bits. */
const binaryMessage = fc.record({
  addressedType: fc.boolean(),
  dac: fc.oneof(fc.constantFrom(1, 200, 235, 250), fc.nat(1023)),
  fid: fc.oneof(fc.constantFrom(...KNOWN_FIDS), fc.nat(63)),
  data: fc.array(fc.nat(0xffff), { maxLength: 60 }),
  tailBits: fc.nat(15),
});

describe('fuzzing the application decoders', () => {
  it('[AIS-APP-5] arbitrary payloads of any DAC/FI and length never throw, and every binary message is counted once', () => {
    const decoder = new AisDecoder();
    let binaries = 0;
    fc.assert(
      fc.property(binaryMessage, ({ addressedType, dac, fid, data, tailBits }) => {
        const w = addressedType ? addressed(dac, fid) : broadcast(dac, fid);
        for (const word of data) w.put(word, 16);
        w.put(0, tailBits);
        if (w.length > 1008) return;
        const d = decodeBits(w, decoder);
        const m = d.message;
        expect(m.type === 6 || m.type === 8).toBe(true);
        if (m.type !== 6 && m.type !== 8) return;
        binaries++;
        // exactly one of: decoded fields, or the reason they are not
        expect((m.application === null) !== (m.refusal === null)).toBe(true);
        for (const scaled of [false, true]) {
          const json = JSON.parse(toGpsdJson(m, { scaled })) as Record<string, unknown>;
          expect(json.dac).toBe(dac);
          expect(json.fid).toBe(fid);
        }
      }),
      { numRuns: 3000 },
    );
    const { applications, internalErrors, messages } = decoder.stats;
    expect(internalErrors).toBe(0);
    expect(messages).toBe(binaries);
    const refused = Object.values(applications.refused).reduce((a, b) => a + b, 0);
    expect(applications.decoded + refused).toBe(binaries);
    expect(applications.decoded).toBeGreaterThan(0);
  });
});
