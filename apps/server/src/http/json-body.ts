import type { Context, MiddlewareHandler } from 'hono';
import { findUnsafeValue } from '@tidewatch/contracts';
import { invalidInput } from '../services/error-response.ts';

/**
 * Gates a JSON body before its route's schema sees it, answering 415 for another content type, 400 (with the
 * parser's reason) for bad JSON, and 400 naming the field for text the database cannot store (NUL, lone
 * surrogates) or nesting past any real request's depth (VAL-1). Every route with a JSON body declares this
 * in front of its validator. The parsed value is left in Hono's body cache, so the validator and the handler
 * (`c.req.json()`) read it without parsing twice. With `optional`, an empty body counts as `{}`.
 */
export function jsonBody(options: { optional?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    const failure = await readJsonBody(c, options.optional === true);
    return failure ?? next();
  };
}

async function readJsonBody(c: Context, optional: boolean): Promise<Response | undefined> {
  if (optional && (await c.req.text()).trim() === '') {
    c.req.bodyCache.json = Promise.resolve({});
    return undefined;
  }
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    return c.json({ error: { code: 'unsupported_media_type', message: 'send Content-Type: application/json' } }, 415);
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'unparseable';
    return c.json({ error: { code: 'malformed_json', message: `the body is not valid JSON: ${reason}` } }, 400);
  }
  const unsafe = findUnsafeValue(value);
  if (unsafe) return c.json(invalidInput(unsafe.path, unsafe.reason), 400);
  c.req.bodyCache.json = Promise.resolve(value);
  return undefined;
}
