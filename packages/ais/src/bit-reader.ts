import { ARMOUR_VALUE, TEXT_ALPHABET } from './sixbit.ts';

/**
 * Reads fixed-width fields out of an armoured AIS payload without building a bit string: the armour chars
 * are packed once into 32-bit words, then each field is one or two word reads and shifts.
 * One instance is reused for every message (the buffer only grows), so decoding allocates nothing here.
 */
export class BitReader {
  /** The payload packed big-endian into 32-bit words, so any field of up to 32 bits spans at most two. */
  private words: Int32Array;
  /** Words holding payload bits (plus one zeroed guard word); reads beyond them return 0. */
  private usedWords = 0;
  /** Number of meaningful bits: 6 * chars - fill bits. */
  bitLength = 0;
  /** Bits appended so far. */
  private bit = 0;

  constructor(capacityChars = 256) {
    this.words = new Int32Array(((capacityChars * 6) >>> 5) + 2);
  }

  /**
   * Loads `text[start, end)` as armour. Returns false on a character outside the armour alphabet.
   * `fillBits` are the padding bits of the last char, which carry no data.
   */
  load(text: string, start: number, end: number, fillBits: number): boolean {
    this.reset(end - start);
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const v = code < 128 ? (ARMOUR_VALUE[code] ?? -1) : -1;
      if (v < 0) return false;
      this.append(v);
    }
    this.finish(fillBits);
    return true;
  }

  /**
   * Starts a payload of at most `maxChars` chars, filled by `append` and closed by `finish`. The sentence
   * scanner uses these to pack the payload in the same pass that computes the checksum.
   */
  reset(maxChars: number): void {
    const needed = ((maxChars * 6) >>> 5) + 3;
    if (needed > this.words.length) this.words = new Int32Array(Math.max(needed, this.words.length * 2));
    this.bit = 0;
    this.usedWords = 0;
    this.bitLength = 0;
  }

  /** Appends one six-bit value. Each word is assigned before it is OR-ed into, so no pre-zeroing is needed. */
  append(v: number): void {
    const words = this.words;
    const bit = this.bit;
    const w = bit >>> 5;
    const off = bit & 31;
    if (off === 0) words[w] = v << 26;
    else if (off <= 26) words[w] = (words[w] ?? 0) | (v << (26 - off));
    else {
      // the six bits straddle two words
      words[w] = (words[w] ?? 0) | (v >>> (off - 26));
      words[w + 1] = v << (58 - off);
    }
    this.bit = bit + 6;
  }

  /** Ends the payload: zeroes two guard words after the data so reads past the end return 0. */
  finish(fillBits: number): void {
    const dataWords = (this.bit + 31) >>> 5;
    this.words[dataWords] = 0;
    this.words[dataWords + 1] = 0;
    this.usedWords = dataWords + 2;
    this.bitLength = Math.max(0, this.bit - fillBits);
  }

  /** Unsigned field of `len` bits at bit `start`; bits past the payload read as 0. */
  uint(start: number, len: number): number {
    if (len > 30) return this.uint(start, len - 30) * 0x40000000 + this.uint(start + len - 30, 30);
    const w = start >>> 5;
    if (w >= this.usedWords || len <= 0) return 0;
    const off = start & 31;
    const hi = (this.words[w] ?? 0) << off;
    if (off + len <= 32) return hi >>> (32 - len);
    const lo = this.words[w + 1] ?? 0;
    return (hi >>> (32 - len)) | (lo >>> (64 - off - len));
  }

  /** Two's-complement signed field (len <= 30). */
  int(start: number, len: number): number {
    // shift the field's top bit into bit 31, then arithmetic-shift back down
    return (this.uint(start, len) << (32 - len)) >> (32 - len);
  }

  bool(start: number): boolean {
    return this.uint(start, 1) === 1;
  }

  /**
   * Six-bit text of up to `count` chars. Stops at the first '@' (the padding char: nothing valid follows
   * it, and gpsd reads text the same way), then trims trailing spaces.
   */
  text(start: number, count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) {
      const v = this.uint(start + 6 * i, 6);
      if (v === 0) break;
      out += TEXT_ALPHABET[v] ?? '';
    }
    let end = out.length;
    while (end > 0 && out.charCodeAt(end - 1) === 32) end--;
    return end === out.length ? out : out.slice(0, end);
  }

  /** Text filling the payload from `start` to its end (whole chars only). */
  textToEnd(start: number): string {
    if (this.bitLength <= start) return '';
    return this.text(start, ((this.bitLength - start) / 6) | 0);
  }

  /**
   * Bits `[start, start + count)` as lowercase hex, most significant first, the last byte padded with
   * zero bits (the form gpsd prints as "count:hex").
   */
  hex(start: number, count: number): string {
    let out = '';
    for (let pos = 0; pos < count; pos += 8) {
      const take = Math.min(8, count - pos);
      const byte = this.uint(start + pos, take) << (8 - take);
      out += (byte < 16 ? '0' : '') + byte.toString(16);
    }
    return out;
  }
}
