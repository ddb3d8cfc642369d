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
    this.text += value.toFixed(digits);
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
