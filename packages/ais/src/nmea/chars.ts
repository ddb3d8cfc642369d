/** Char classes and interned strings shared by the sentence scanners. */

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Two-letter talker ids ("AI", "AB", "BS", ...), made once each: a feed repeats a handful of them on every
 * line, and slicing them out of each line would allocate a new string per sentence.
 */
const TALKERS: Array<string | undefined> = new Array<string | undefined>(26 * 26).fill(undefined);

/** The talker id for two upper-case char codes. */
export function talkerName(first: number, second: number): string {
  const index = (first - 65) * 26 + (second - 65);
  let name = TALKERS[index];
  if (name === undefined) {
    name = String.fromCharCode(first, second);
    TALKERS[index] = name;
  }
  return name;
}
