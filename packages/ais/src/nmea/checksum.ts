/** NMEA checksum: XOR of the chars between the start delimiter and '*', written as two hex digits. */

export function xorChecksum(text: string, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum ^= text.charCodeAt(i);
  return sum;
}

/** Value of one hex digit char code (either case), or -1. */
export function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** The two-digit hex byte at `i`, or -1 when there are not two hex digits there. */
export function hexByteAt(text: string, i: number, end: number): number {
  if (i + 1 >= end) return -1;
  const hi = hexDigit(text.charCodeAt(i));
  const lo = hexDigit(text.charCodeAt(i + 1));
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

export function checksumHex(sum: number): string {
  return (sum < 16 ? '0' : '') + sum.toString(16).toUpperCase();
}
