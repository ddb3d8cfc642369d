import { ARMOUR_VALUE, TEXT_ALPHABET } from './sixbit.ts';

/** Six-bit value of ' ' in the text alphabet. */
const SPACE = 32;

/** Byte value -> two lowercase hex digits, so `hex` appends one ready string per byte. */
const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

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
  /** Bits packed so far. */
  private bit = 0;
  /** XOR of the char codes consumed by the last `packArmour`. */
  packedXor = 0;

  constructor(capacityChars = 256) {
    this.words = new Int32Array(((capacityChars * 6) >>> 5) + 2);
  }

  /**
   * Loads `text[start, end)` as armour. Returns false on a character outside the armour alphabet.
   * `fillBits` are the padding bits of the last char, which carry no data.
   */
  load(text: string, start: number, end: number, fillBits: number): boolean {
    if (this.packArmour(text, start, end) !== end) return false;
    this.finish(fillBits);
    return true;
  }

  /**
   * Packs the armour chars of `text` from `from` up to the first char that is not armour (or `end`) and
   * returns where it stopped; `packedXor` is then the XOR of the packed chars, so the sentence scanner gets
   * the payload's share of the checksum from the same pass. Close the payload with `finish`.
   * Bits are gathered in a local word and stored once per 32 bits: this loop runs for every payload char of
   * a feed, and keeping its state in locals instead of fields is what makes it cheap.
   */
  packArmour(text: string, from: number, end: number): number {
    this.reset(end - from);
    const words = this.words;
    let pending = 0; // bits not yet stored, left-aligned
    let pendingBits = 0;
    let w = 0;
    let xor = 0;
    let i = from;
    for (; i < end; i++) {
      const code = text.charCodeAt(i);
      const v = code < 128 ? (ARMOUR_VALUE[code] ?? -1) : -1;
      if (v < 0) break;
      xor ^= code;
      pendingBits += 6;
      if (pendingBits < 32) {
        pending |= v << (32 - pendingBits);
      } else {
        // the word is full: store it with the high bits of v, keep v's low bits for the next word
        pendingBits -= 32;
        words[w++] = pending | (v >>> pendingBits);
        pending = pendingBits === 0 ? 0 : v << (32 - pendingBits);
      }
    }
    if (pendingBits > 0) words[w] = pending;
    this.bit = (i - from) * 6;
    this.packedXor = xor;
    return i;
  }

  /** Starts a payload of at most `maxChars` chars: makes room for it and forgets the previous one. */
  private reset(maxChars: number): void {
    const needed = ((maxChars * 6) >>> 5) + 3;
    if (needed > this.words.length) this.words = new Int32Array(Math.max(needed, this.words.length * 2));
    this.bit = 0;
    this.usedWords = 0;
    this.bitLength = 0;
  }

  /** Ends the payload: zeroes two guard words after the data so reads past the end return 0. */
  finish(fillBits: number): void {
    const dataWords = (this.bit + 31) >>> 5;
    this.words[dataWords] = 0;
    this.words[dataWords + 1] = 0;
    this.usedWords = dataWords + 2;
    this.bitLength = Math.max(0, this.bit - fillBits);
  }

  /**
   * Unsigned field of `len` (1-30) bits at bit `start`; bits past the payload read as 0. Kept small on
   * purpose: the engine inlines it into every message decoder only while it stays short.
   */
  uint(start: number, len: number): number {
    const w = start >>> 5;
    if (w >= this.usedWords || len <= 0) return 0;
    const off = start & 31;
    const hi = (this.words[w] ?? 0) << off;
    if (off + len <= 32) return hi >>> (32 - len);
    return (hi >>> (32 - len)) | ((this.words[w + 1] ?? 0) >>> (64 - off - len));
  }

  /** Two's-complement signed field (len <= 30). */
  int(start: number, len: number): number {
    // shift the field's top bit into bit 31, then arithmetic-shift back down
    return (this.uint(start, len) << (32 - len)) >> (32 - len);
  }

  bool(start: number): boolean {
    const w = start >>> 5;
    return w < this.usedWords && ((this.words[w] ?? 0) & (0x80000000 >>> (start & 31))) !== 0;
  }

  /**
   * Six-bit text of up to `count` chars. Stops at the first '@' (the padding char: nothing valid follows
   * it, and gpsd reads text the same way), then trims trailing spaces.
   */
  text(start: number, count: number): string {
    // find the kept length first (reads are cheap), so only the chars that stay are concatenated
    let length = 0;
    while (length < count && this.uint(start + 6 * length, 6) !== 0) length++;
    while (length > 0 && this.uint(start + 6 * (length - 1), 6) === SPACE) length--;
    let out = '';
    for (let i = 0; i < length; i++) out += TEXT_ALPHABET[this.uint(start + 6 * i, 6)] ?? '';
    return out;
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
      out += HEX_BYTES[byte] ?? '';
    }
    return out;
  }
}
