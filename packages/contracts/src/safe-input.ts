import { z } from 'zod';

/**
 * Text and dates the database can store and compare. PostgreSQL refuses NUL bytes in text, a lone UTF-16
 * surrogate in jsonb, and year 0000 (there is no year zero in its calendar); JSON and JavaScript accept all
 * three, so without these checks such input reached the database and came back as a 500 (VAL-1).
 */

// NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this rejects.
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_TEXT_ALL = new RegExp(UNSAFE_TEXT.source, 'g');

/** The text with NUL shown as U+2400 (␀) and each lone surrogate as U+FFFD: storable, and visibly not verbatim. */
export function markUnsafeText(text: string): string {
  return text.replace(UNSAFE_TEXT_ALL, (c) => (c === '\u0000' ? '\u2400' : '\ufffd'));
}

/** Why a string cannot be stored, or undefined when it can. */
export function unsafeTextReason(text: string): string | undefined {
  const match = UNSAFE_TEXT.exec(text);
  if (!match) return undefined;
  return match[0] === '\u0000'
    ? 'contains a NUL character (U+0000)'
    : 'contains a lone UTF-16 surrogate (not valid Unicode)';
}

/** Deeper than this is an attack on a recursive parser or walker, never a real request. */
export const MAX_JSON_DEPTH = 64;

export interface UnsafeValue {
  path: string;
  reason: string;
}

/** The first string (key or value) in a parsed JSON value that cannot be stored, or a nesting too deep to walk. */
export function findUnsafeValue(value: unknown): UnsafeValue | undefined {
  // Iterative, so a hostile nesting cannot overflow the stack of the check meant to stop it.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { path, depth } = item;
    if (typeof item.value === 'string') {
      const reason = unsafeTextReason(item.value);
      if (reason) return { path: path || '(body)', reason };
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (depth >= MAX_JSON_DEPTH)
      return { path: path || '(body)', reason: `nested deeper than ${MAX_JSON_DEPTH} levels` };
    for (const [key, child] of Object.entries(item.value)) {
      const childPath = path ? `${path}.${key}` : key;
      const reason = unsafeTextReason(key);
      if (reason) return { path: childPath, reason: `the key ${reason}` };
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}

const yearInRange = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= 1 && year <= 9999;
};
const YEAR_ERROR = 'the year must be 0001-9999';

/** An ISO 8601 date-time with a zone, in years 0001-9999 (what PostgreSQL and every client can hold). */
export const IsoDateTime = (error = 'an ISO 8601 date-time with a zone, e.g. 2026-11-20T14:05:00Z') =>
  z.iso.datetime({ offset: true, error }).refine(yearInRange, { error: YEAR_ERROR });

/** An ISO 8601 calendar date YYYY-MM-DD in years 0001-9999. */
export const IsoDate = (error = 'a date YYYY-MM-DD') =>
  z.iso.date({ error }).refine(yearInRange, { error: YEAR_ERROR });
