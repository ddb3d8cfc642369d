import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import { hexByteAt } from './checksum.ts';
import { isDigit, isUpper, talkerName } from './chars.ts';
import { scanCommonSentence } from './common-sentence.ts';

/**
 * The fields of one AIVDM/AIVDO sentence, found by a single char scan that also computes the checksum
 * (no split, no regex: this runs for every line of a feed). One instance is reused per decoder.
 */
export class SentenceFields {
  /** Talker id, e.g. "AI", "BS", "SA". */
  talker = '';
  /** VDO: our own ship's report. */
  ownShip = false;
  total = 0;
  num = 0;
  seqId = '';
  /** 'A', 'B', '1', '2', another single letter/digit, or '' when empty. */
  channel = '';
  payloadStart = 0;
  payloadEnd = 0;
  /** Every payload char is six-bit armour (then the payload is already packed in the reader). */
  payloadValid = false;
  fillBits = 0;
  /** Where scanning stopped: just past the checksum, or the start of whatever follows. */
  next = 0;
}

const COMMA = 44;
const STAR = 42;
const BANG = 33;
const DOLLAR = 36;
const BACKSLASH = 92;

const SEPARATOR = 1;
const STOP = 2;
/** Char code -> 0 (ordinary), SEPARATOR (','), STOP ('*', or '!', '$', '\\' starting another sentence). */
const CHAR_KIND: Uint8Array = (() => {
  const table = new Uint8Array(128);
  table[COMMA] = SEPARATOR;
  for (const code of [STAR, BANG, DOLLAR, BACKSLASH]) table[code] = STOP;
  return table;
})();

/**
 * Scans the sentence starting at `start` ('!' or '$'). Returns null and fills `out` for a valid
 * AIVDM/AIVDO, else the reason to reject it; `out.next` is set in both cases so the caller can go on to a
 * sentence concatenated on the same line. The payload is packed into `reader` during the same pass (its
 * fill bits are applied by the caller), so no char is read twice.
 */
export function scanSentence(
  line: string,
  start: number,
  end: number,
  out: SentenceFields,
  reader: BitReader,
): RejectReason | null {
  if (scanCommonSentence(line, start, end, out, reader)) return null;
  return scanAnySentence(line, start, end, out, reader);
}

/**
 * The general scanner: every field layout, and the reason for every rejection. Exported for the test that
 * holds the fast path to it.
 */
export function scanAnySentence(
  line: string,
  start: number,
  end: number,
  out: SentenceFields,
  reader: BitReader,
): RejectReason | null {
  out.next = end;
  // address field: 2-char talker + 3-char formatter, then ','
  if (start + 6 >= end || line.charCodeAt(start + 6) !== COMMA) return classifyOther(line, start, end, out);
  const f1 = line.charCodeAt(start + 3);
  const f2 = line.charCodeAt(start + 4);
  const f3 = line.charCodeAt(start + 5);
  if (f1 !== 86 || f2 !== 68 || (f3 !== 77 && f3 !== 79)) return classifyOther(line, start, end, out); // VDM / VDO

  // one pass: XOR checksum, comma positions, and where the sentence stops
  let sum = 0;
  let commas = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  let c5 = 0;
  let c6 = 0;
  let payloadValid = false;
  let i = start + 1;
  for (; i < end; i++) {
    const code = line.charCodeAt(i);
    // one table lookup instead of five comparisons per char: this loop is the decoder's hottest
    const kind = code < 128 ? (CHAR_KIND[code] ?? 0) : 0;
    if (kind === 0) {
      sum ^= code;
      continue;
    }
    if (kind === STOP) break;
    sum ^= code;
    commas++;
    if (commas === 1) c1 = i;
    else if (commas === 2) c2 = i;
    else if (commas === 3) c3 = i;
    else if (commas === 4) c4 = i;
    else if (commas === 5) {
      c5 = i;
      // the payload: checksum and six-bit packing in one pass, until the first non-armour char
      const k = reader.packArmour(line, i + 1, end);
      sum ^= reader.packedXor;
      payloadValid = k < end && line.charCodeAt(k) === COMMA;
      i = k - 1;
    } else if (commas === 6) c6 = i;
  }
  if (i >= end || line.charCodeAt(i) !== STAR) {
    out.next = i;
    return 'missing_checksum';
  }
  const declared = hexByteAt(line, i + 1, end);
  out.next = Math.min(i + 3, end);
  if (declared !== sum) return 'bad_checksum';
  if (commas < 6) return 'truncated';
  if (commas > 6) return 'bad_field';

  const t1 = line.charCodeAt(start + 1);
  const t2 = line.charCodeAt(start + 2);
  if (!isUpper(t1) || !isUpper(t2)) return 'bad_field';
  out.talker = talkerName(t1, t2);
  out.ownShip = f3 === 79;

  // fragment count and number: one digit each, 1 <= num <= total <= 9
  if (c2 - c1 !== 2 || c3 - c2 !== 2) return 'bad_field';
  const total = line.charCodeAt(c1 + 1) - 48;
  const num = line.charCodeAt(c2 + 1) - 48;
  if (total < 1 || total > 9 || num < 1 || num > total) return 'bad_field';
  out.total = total;
  out.num = num;

  // sequential message id: empty or up to 3 digits
  const seqLen = c4 - c3 - 1;
  if (seqLen > 3) return 'bad_field';
  for (let k = c3 + 1; k < c4; k++) if (!isDigit(line.charCodeAt(k))) return 'bad_field';
  out.seqId = seqLen === 0 ? '' : line.slice(c3 + 1, c4);

  // channel: empty or one letter/digit (A, B, 1, 2 in practice)
  const chanLen = c5 - c4 - 1;
  if (chanLen > 1) return 'bad_field';
  if (chanLen === 1) {
    const ch = line.charCodeAt(c4 + 1);
    if (!isUpper(ch) && !isDigit(ch)) return 'bad_field';
    // one-char strings come from the engine's single-char cache: no allocation
    out.channel = line.charAt(c4 + 1);
  } else {
    out.channel = '';
  }

  out.payloadStart = c5 + 1;
  out.payloadEnd = c6;
  out.payloadValid = payloadValid;
  if (c6 === c5 + 1) return 'empty_payload';

  // fill bits: one digit 0-5 (an empty field is read as 0), never more than the payload carries
  const fillLen = i - c6 - 1;
  let fill = 0;
  if (fillLen === 1) {
    fill = line.charCodeAt(c6 + 1) - 48;
    if (fill < 0 || fill > 5) return 'bad_fill_bits';
  } else if (fillLen > 1) {
    return 'bad_fill_bits';
  }
  out.fillBits = fill;
  return null;
}

/** Not AIVDM/AIVDO: a known wrapper, another NMEA sentence, or noise. Skips to its checksum end. */
function classifyOther(line: string, start: number, end: number, out: SentenceFields): RejectReason {
  const star = line.indexOf('*', start);
  out.next = star < 0 || star >= end ? end : Math.min(star + 3, end);
  // Gatehouse's $PGHP carries receive metadata for the sentence after it; we do not decode it
  if (line.startsWith('PGHP,', start + 1)) return 'unsupported_wrapper';
  for (let k = start + 1; k < start + 6 && k < end; k++) {
    const code = line.charCodeAt(k);
    if (!isUpper(code) && !isDigit(code)) return 'not_nmea';
  }
  return start + 6 < end && line.charCodeAt(start + 6) === COMMA ? 'not_ais' : 'not_nmea';
}
