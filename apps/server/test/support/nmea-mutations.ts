import type { Rng } from '@tidewatch/simulator';

/** Ways a link, a receiver or an attacker damages a line; each mutated line names the one it got. */
export const MUTATIONS = [
  'truncated',
  'bit-flip',
  'bad-checksum',
  'payload-valid-checksum',
  'overlong',
  'binary',
] as const;
export type Mutation = (typeof MUTATIONS)[number];

const LF = 10;
const CR = 13;

/** NMEA's checksum: XOR of every byte between the start character and '*'. */
function checksum(body: Buffer): string {
  let x = 0;
  for (const b of body) x ^= b;
  return x.toString(16).toUpperCase().padStart(2, '0');
}

/** A line end inside a line would make it two lines: the mutations keep every line one line. */
function noLineEnds(bytes: Buffer): Buffer {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === LF || bytes[i] === CR) bytes[i] = 0x7f;
  return bytes;
}

/**
 * One damaged copy of a real line, as bytes (binary content is part of the damage). Never empty and never
 * containing CR or LF, so the test knows exactly how many lines it sent.
 */
export function mutate(seed: string, kind: Mutation, rng: Rng): Buffer {
  const bytes = Buffer.from(seed, 'latin1');
  switch (kind) {
    case 'truncated':
      return bytes.subarray(0, rng.int(1, Math.max(1, bytes.length - 1)));
    case 'bit-flip': {
      const out = Buffer.from(bytes);
      for (let n = rng.int(1, 4); n > 0; n--) {
        const i = rng.int(0, out.length - 1);
        out[i] = (out[i] ?? 0) ^ (1 << rng.int(0, 7));
      }
      return noLineEnds(out);
    }
    case 'bad-checksum': {
      const star = seed.lastIndexOf('*');
      if (star < 0) return Buffer.from(`${seed}*ZZ`, 'latin1');
      const good = seed.slice(star + 1, star + 3);
      let bad = good;
      while (bad === good) bad = rng.uint32().toString(16).slice(0, 2).toUpperCase().padStart(2, '0');
      return Buffer.from(seed.slice(0, star + 1) + bad + seed.slice(star + 3), 'latin1');
    }
    case 'payload-valid-checksum': {
      // Damage inside the sentence with its checksum made right again, so it reaches the payload decoder.
      const start = Math.max(seed.indexOf('!'), 0);
      const star = seed.indexOf('*', start);
      if (star < 0) return mutate(seed, 'bit-flip', rng);
      const body = Buffer.from(seed.slice(start + 1, star), 'latin1');
      for (let n = rng.int(1, 3); n > 0; n--) {
        const i = rng.int(0, Math.max(0, body.length - 1));
        // Printable six-bit armour characters only: the damage a decoder meets from a noisy radio link.
        body[i] = rng.int(48, 119);
      }
      const sum = checksum(body);
      return Buffer.from(
        `${seed.slice(0, start + 1)}${body.toString('latin1')}*${sum}${seed.slice(star + 3)}`,
        'latin1',
      );
    }
    case 'overlong':
      return noLineEnds(
        Buffer.from(seed.repeat(Math.ceil(rng.int(4_097, 12_000) / Math.max(1, seed.length))), 'latin1'),
      );
    case 'binary': {
      const out = Buffer.alloc(rng.int(1, 300));
      for (let i = 0; i < out.length; i++) out[i] = rng.int(0, 255);
      return noLineEnds(out);
    }
  }
}
