import type { MiddlewareHandler } from 'hono';
import { unsafeTextReason } from '@tidewatch/contracts';
import { invalidInput } from '../services/error-response.ts';

/** Longer than any id, date, filter or GeoJSON area a real client puts in a URL. */
const MAX_QUERY_VALUE = 100_000;

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The first part of a URL no route may read (VAL-1): its field ('(path)' or the query key) and why. */
export function findUnsafeUrlPart(url: URL): { field: string; reason: string } | undefined {
  for (const segment of url.pathname.split('/')) {
    const decoded = decodeSegment(segment);
    if (decoded === undefined)
      return { field: '(path)', reason: `"${segment.slice(0, 40)}" is not valid percent-encoded UTF-8` };
    const reason = unsafeTextReason(decoded);
    if (reason) return { field: '(path)', reason };
  }
  for (const [key, value] of url.searchParams) {
    const reason =
      unsafeTextReason(key) ??
      unsafeTextReason(value) ??
      (value.length > MAX_QUERY_VALUE ? `longer than ${MAX_QUERY_VALUE} characters` : undefined);
    if (reason) return { field: key, reason };
  }
  return undefined;
}

/**
 * VAL-1: the URL of every API request is checked before any route reads it. A path segment must be valid
 * percent-encoded UTF-8 and, like every query value, free of NUL characters, which PostgreSQL refuses in text
 * (the 500s the fuzz found on every `:id` route). Bodies are checked where they are parsed (json-body.ts).
 */
export function inputGuard(): MiddlewareHandler {
  return async (c, next) => {
    const unsafe = findUnsafeUrlPart(new URL(c.req.url));
    if (unsafe) return c.json(invalidInput(unsafe.field, unsafe.reason), 400);
    return next();
  };
}
