/**
 * Splits a byte stream (TCP) or a block of text (HTTP, UDP) into lines ended by CR, LF or CRLF: receivers
 * and serial bridges use all three, and a line lost to the wrong separator is a vessel lost uncounted.
 * A partial line waits for the next chunk; a line that grows past `maxLineLength` is dropped whole (the rest
 * of it up to its end too, so its tail does not pose as a line) and reported once through `onOverflow`, so a
 * peer sending garbage cannot grow our memory and the feed still counts what it refused.
 */
export class LineSplitter {
  private carry = '';
  /** The previous chunk ended on CR: an LF opening this chunk is the second half of a CRLF, not an empty line. */
  private afterCr = false;
  /** The current line overflowed: drop everything up to its end. */
  private discarding = false;
  overflows = 0;

  constructor(private readonly maxLineLength = 4096) {}

  push(chunk: string, onLine: (line: string) => void, onOverflow?: () => void): void {
    let start = this.afterCr && chunk.charCodeAt(0) === 10 ? 1 : 0;
    this.afterCr = false;
    for (let i = start; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.emit(chunk.slice(start, i), onLine);
      if (c === 13) {
        if (i + 1 === chunk.length) this.afterCr = true;
        else if (chunk.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    if (this.discarding) return;
    this.carry += chunk.slice(start);
    if (this.carry.length > this.maxLineLength) {
      this.overflows++;
      this.carry = '';
      this.discarding = true;
      onOverflow?.();
    }
  }

  /** The last line of a stream that ended without a line end. */
  end(onLine: (line: string) => void): void {
    this.emit('', onLine);
    this.afterCr = false;
  }

  private emit(tail: string, onLine: (line: string) => void): void {
    const line = this.carry + tail;
    this.carry = '';
    if (this.discarding) this.discarding = false;
    else if (line.length > 0) onLine(line);
  }
}
