import type { BitReader } from '../bit-reader.ts';
import { hexByteAt } from './checksum.ts';
import { isDigit, isUpper, talkerName } from './chars.ts';
import type { SentenceFields } from './sentence.ts';

const COMMA = 44;
const STAR = 42;
/**
 * Longer payloads are left to the general scanner. Real ones are far shorter (a whole five-slot message is
 * 168 chars), and the cap bounds the work a failed fast attempt adds to a long junk line.
 */
const MAX_PAYLOAD = 256;

/**
 * Fast path for the shape nearly every line of a feed has, "!AIVDM,1,1,,A,<payload>,0*hh": single digits
 * for the fragment fields, a short sequence id and channel, an armour payload, a fill digit. Each field is
 * checked where it must be instead of being found by a general comma scan, and the checksum is gathered
 * on the way. Returns true only for a sentence the general scanner would accept with the same fields;
 * anything else (including every invalid sentence) returns false and is left to the general scanner, so
 * reject reasons are decided in one place.
 */
export function scanCommonSentence(
  line: string,
  start: number,
  end: number,
  out: SentenceFields,
  reader: BitReader,
): boolean {
  // "!AIVDM," (or VDO) and the fragment fields "t,n,": 11 chars at fixed places
  if (start + 11 >= end) return false;
  const t1 = line.charCodeAt(start + 1);
  const t2 = line.charCodeAt(start + 2);
  const f3 = line.charCodeAt(start + 5);
  if (!isUpper(t1) || !isUpper(t2) || line.charCodeAt(start + 3) !== 86 || line.charCodeAt(start + 4) !== 68)
    return false;
  if ((f3 !== 77 && f3 !== 79) || line.charCodeAt(start + 6) !== COMMA) return false;
  const totalCode = line.charCodeAt(start + 7);
  const numCode = line.charCodeAt(start + 9);
  const total = totalCode - 48;
  const num = numCode - 48;
  if (total < 1 || total > 9 || num < 1 || num > total) return false;
  if (line.charCodeAt(start + 8) !== COMMA || line.charCodeAt(start + 10) !== COMMA) return false;
  // the checksum covers everything between '!' and '*'; the six commas cancel out, so they are left out
  let sum = t1 ^ t2 ^ 86 ^ 68 ^ f3 ^ totalCode ^ numCode;

  // sequence id: up to three digits, then ','
  let i = start + 11;
  const seqStart = i;
  let code = line.charCodeAt(i);
  while (isDigit(code) && i - seqStart < 3) {
    sum ^= code;
    code = line.charCodeAt(++i);
  }
  if (code !== COMMA) return false;
  const seqEnd = i;

  // channel: empty or one letter/digit, then ','
  let channel = '';
  code = line.charCodeAt(++i);
  if (code !== COMMA) {
    if (!isUpper(code) && !isDigit(code)) return false;
    sum ^= code;
    channel = line.charAt(i);
    if (line.charCodeAt(++i) !== COMMA) return false;
  }

  // payload: non-empty armour, then ','
  const payloadStart = i + 1;
  const payloadEnd = reader.packArmour(line, payloadStart, Math.min(end, payloadStart + MAX_PAYLOAD));
  if (payloadEnd === payloadStart || payloadEnd >= end || line.charCodeAt(payloadEnd) !== COMMA) return false;
  sum ^= reader.packedXor;

  // fill bits: empty or one digit 0-5, then '*' and the checksum
  let star = payloadEnd + 1;
  let fill = 0;
  code = line.charCodeAt(star);
  if (code !== STAR) {
    fill = code - 48;
    if (fill < 0 || fill > 5 || line.charCodeAt(star + 1) !== STAR) return false;
    sum ^= code;
    star++;
  }
  if (hexByteAt(line, star + 1, end) !== sum) return false;

  out.talker = talkerName(t1, t2);
  out.ownShip = f3 === 79;
  out.total = total;
  out.num = num;
  out.seqId = seqEnd === seqStart ? '' : line.slice(seqStart, seqEnd);
  out.channel = channel;
  out.payloadStart = payloadStart;
  out.payloadEnd = payloadEnd;
  out.payloadValid = true;
  out.fillBits = fill;
  out.next = Math.min(star + 3, end);
  return true;
}
