import { hexByteAt, xorChecksum } from './checksum.ts';

/**
 * NMEA 4.0 tag block: `\key:value,key:value*hh\` before a sentence. The keys of IEC 61162-1 get typed
 * fields; anything else (satellite providers' T:, q:, ...) is kept as text in `other`.
 */
export interface TagBlock {
  /** s: source / station id. */
  source?: string;
  /** c: UNIX time as sent (seconds by the standard; some feeds send milliseconds). */
  unixTime?: number;
  /** g: sentence-grouping: this is sentence `sentence` of `total` in group `id`. */
  group?: { sentence: number; total: number; id: number };
  /** d: destination. */
  destination?: string;
  /** n: line count. */
  lineCount?: number;
  /** r: relative time. */
  relativeTime?: number;
  /** t: free text. */
  text?: string;
  other?: Record<string, string>;
}

export type TagBlockResult = { ok: true; tagBlock: TagBlock; end: number } | { ok: false };

const FAIL: TagBlockResult = { ok: false };

/** Parses the tag block starting with '\' at `start`; `end` of the result is just past the closing '\'. */
export function parseTagBlock(line: string, start: number, limit: number): TagBlockResult {
  const close = line.indexOf('\\', start + 1);
  if (close < 0 || close >= limit) return FAIL;
  const star = line.lastIndexOf('*', close);
  if (star <= start) return FAIL;
  // the checksum covers the chars between the opening '\' and '*', and is exactly two hex digits
  if (close - star !== 3) return FAIL;
  if (hexByteAt(line, star + 1, close) !== xorChecksum(line, start + 1, star)) return FAIL;
  const tagBlock: TagBlock = {};
  let fieldStart = start + 1;
  while (fieldStart < star) {
    let fieldEnd = line.indexOf(',', fieldStart);
    if (fieldEnd < 0 || fieldEnd > star) fieldEnd = star;
    if (!applyField(tagBlock, line.slice(fieldStart, fieldEnd))) return FAIL;
    fieldStart = fieldEnd + 1;
  }
  return { ok: true, tagBlock, end: close + 1 };
}

const INTEGER = /^-?\d{1,16}$/;
const NUMBER = /^-?\d{1,16}(\.\d{1,9})?$/;
const GROUP = /^(\d{1,4})-(\d{1,4})-(\d{1,10})$/;

function applyField(tagBlock: TagBlock, field: string): boolean {
  const colon = field.indexOf(':');
  if (colon < 1) return false;
  const key = field.slice(0, colon);
  const value = field.slice(colon + 1);
  switch (key) {
    case 'c':
      if (!NUMBER.test(value)) return false;
      tagBlock.unixTime = Number(value);
      return true;
    case 's':
      tagBlock.source = value;
      return true;
    case 'd':
      tagBlock.destination = value;
      return true;
    case 't':
      tagBlock.text = value;
      return true;
    case 'n':
      if (!INTEGER.test(value)) return false;
      tagBlock.lineCount = Number(value);
      return true;
    case 'r':
      if (!NUMBER.test(value)) return false;
      tagBlock.relativeTime = Number(value);
      return true;
    case 'g': {
      const m = GROUP.exec(value);
      if (m === null) return false;
      const sentence = Number(m[1]);
      const total = Number(m[2]);
      if (sentence < 1 || sentence > total) return false;
      tagBlock.group = { sentence, total, id: Number(m[3]) };
      return true;
    }
    default:
      tagBlock.other = { ...tagBlock.other, [key]: value };
      return true;
  }
}
