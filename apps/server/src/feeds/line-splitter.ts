/**
 * Splits a byte stream (TCP) into lines. A partial line waits for the next chunk; a "line" that grows past
 * `maxLineLength` without a newline is cut and dropped so a peer sending garbage cannot grow our memory.
 */
export class LineSplitter {
  private carry = '';
  overflows = 0;

  constructor(private readonly maxLineLength = 4096) {}

  push(chunk: string, onLine: (line: string) => void): void {
    let text = this.carry + chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end > start) onLine(text.slice(start, end));
      start = nl + 1;
    }
    text = text.slice(start);
    if (text.length > this.maxLineLength) {
      this.overflows++;
      text = '';
    }
    this.carry = text;
  }

  /** The last line of a stream that ended without a newline. */
  end(onLine: (line: string) => void): void {
    const rest = this.carry.replace(/\r$/, '');
    this.carry = '';
    if (rest.length > 0) onLine(rest);
  }
}
