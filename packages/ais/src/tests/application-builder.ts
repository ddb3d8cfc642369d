import { BitWriter } from '../bit-writer.ts';
import { AisDecoder, type DecodedAis } from '../decoder.ts';
import { armourToSentences } from '../encoder/sentences.ts';
import { toGpsdJson } from '../gpsd/to-gpsd-json.ts';

/** A type 6 header (MMSI 211000001 to 244000002) with the given DAC/FI; the caller appends the data. */
export function addressed(dac: number, fid: number): BitWriter {
  return new BitWriter()
    .put(6, 6)
    .put(0, 2)
    .put(211000001, 30)
    .put(0, 2)
    .put(244000002, 30)
    .put(0, 2)
    .put(dac, 10)
    .put(fid, 6);
}

/** A type 8 header (MMSI 2320001) with the given DAC/FI. */
export function broadcast(dac: number, fid: number): BitWriter {
  return new BitWriter().put(8, 6).put(0, 2).put(2320001, 30).put(0, 2).put(dac, 10).put(fid, 6);
}

/** Pads with zero bits up to `bits` (the layouts' spare bits). */
export function padTo(w: BitWriter, bits: number): BitWriter {
  while (w.length < bits) w.put(0, 1);
  return w;
}

/** Armours the bits, decodes them as a receiver would and returns the one message. */
export function decodeBits(w: BitWriter, decoder = new AisDecoder()): DecodedAis {
  const { payload, fillBits } = w.toPayload();
  const out = armourToSentences(payload, fillBits).flatMap((s) => [...decoder.push(s, 0)]);
  const [first] = out;
  if (out.length !== 1 || first === undefined) throw new Error(`expected one message, got ${out.length}`);
  return first;
}

export function gpsdObject(d: DecodedAis, scaled: boolean): Record<string, unknown> {
  return JSON.parse(toGpsdJson(d.message, { scaled })) as Record<string, unknown>;
}
