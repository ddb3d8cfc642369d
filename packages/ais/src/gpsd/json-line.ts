/**
 * Builds one JSON object as text with gpsd's exact number formats (224.0, 48.3816333, ...), which
 * JSON.stringify cannot reproduce. Keys are written in insertion order, as gpsd does.
 */
export class JsonLine {
  private text = '{';

  private key(name: string): void {
    if (this.text.length > 1) this.text += ',';
    this.text += `"${name}":`;
  }

  /** An integer or a pre-formatted number. */
  num(name: string, value: number | string): this {
    this.key(name);
    this.text += String(value);
    return this;
  }

  /** A number with `digits` decimals (C's %.Nf). */
  fixed(name: string, value: number, digits: number): this {
    this.key(name);
    this.text += printfFixed(value, digits);
    return this;
  }

  /** An array of objects, each built by its own JsonLine. */
  array(name: string, items: readonly JsonLine[]): this {
    this.key(name);
    this.text += `[${items.map((i) => i.toString()).join(',')}]`;
    return this;
  }

  str(name: string, value: string): this {
    this.key(name);
    this.text += JSON.stringify(value);
    return this;
  }

  bool(name: string, value: boolean): this {
    this.key(name);
    this.text += value ? 'true' : 'false';
    return this;
  }

  toString(): string {
    return `${this.text}}`;
  }
}

/** Digits past the ones `printfFixed` keeps that are enough to see an exact tie. */
const TIE_DIGITS = 20;
const TIE = `5${'0'.repeat(TIE_DIGITS - 1)}`;

/**
 * C's "%.Nf": like toFixed, except that an exact tie (0.25 to one decimal) rounds to the even digit as
 * glibc does, where toFixed rounds away from zero. toFixed with more digits is exact, so it shows ties.
 */
export function printfFixed(value: number, digits: number): string {
  const rounded = value.toFixed(digits);
  const long = Math.abs(value).toFixed(digits + TIE_DIGITS);
  if (long.slice(-TIE_DIGITS) !== TIE) return rounded;
  const truncated = long.slice(0, digits === 0 ? -TIE_DIGITS - 1 : -TIE_DIGITS);
  const lastDigit = Number(truncated.charAt(truncated.length - 1));
  if (lastDigit % 2 !== 0) return rounded;
  return value < 0 ? `-${truncated}` : truncated;
}
