import { ARMOUR_CHARS, TEXT_VALUE } from './sixbit.ts';

/** Appends fixed-width fields and renders them as six-bit armour (the encoder's half of BitReader). */
export class BitWriter {
  private bits: number[] = [];

  get length(): number {
    return this.bits.length;
  }

  /** Unsigned or two's-complement field of `len` bits; values are masked to the width. */
  put(value: number, len: number): this {
    let v = Math.trunc(value);
    if (v < 0) v += 2 ** len;
    for (let i = len - 1; i >= 0; i--) this.bits.push(Math.floor(v / 2 ** i) % 2);
    return this;
  }

  bool(value: boolean): this {
    return this.put(value ? 1 : 0, 1);
  }

  /** Six-bit text, upper-cased, padded with '@' to `count` chars; unknown characters become '?'. */
  text(value: string, count: number): this {
    const upper = value.toUpperCase();
    for (let i = 0; i < count; i++) {
      const code = i < upper.length ? upper.charCodeAt(i) : 64;
      const v = code < 128 ? (TEXT_VALUE[code] ?? -1) : -1;
      this.put(v < 0 ? 63 : v, 6);
    }
    return this;
  }

  /** Bits from a hex string (as in BinaryData), `count` bits long. */
  hex(hex: string, count: number): this {
    for (let pos = 0; pos < count; pos += 8) {
      const byte = Number.parseInt(hex.slice(pos / 4, pos / 4 + 2), 16) || 0;
      const take = Math.min(8, count - pos);
      this.put(byte >> (8 - take), take);
    }
    return this;
  }

  /** Armoured payload and the fill bits added to complete the last char. */
  toPayload(): { payload: string; fillBits: number } {
    const fillBits = (6 - (this.bits.length % 6)) % 6;
    let payload = '';
    for (let i = 0; i < this.bits.length + fillBits; i += 6) {
      let v = 0;
      for (let k = 0; k < 6; k++) v = v * 2 + (this.bits[i + k] ?? 0);
      payload += ARMOUR_CHARS[v] ?? '0';
    }
    return { payload, fillBits };
  }
}
