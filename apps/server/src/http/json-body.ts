import type { Context } from 'hono';
import { findUnsafeValue } from '@tidewatch/contracts';
import { invalidInput } from '../services/error-response.ts';

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a JSON body, answering 415 for another content type, 400 (with the parser's reason) for bad JSON,
 * and 400 naming the field for text the database cannot store (NUL, lone surrogates) or nesting past any
 * real request's depth (VAL-1). Every JSON body goes through here, so no route has to remember it.
 */
export async function readJsonBody(c: Context): Promise<JsonBody> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    return {
      ok: false,
      response: c.json(
        { error: { code: 'unsupported_media_type', message: 'send Content-Type: application/json' } },
        415,
      ),
    };
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'unparseable';
    return {
      ok: false,
      response: c.json({ error: { code: 'malformed_json', message: `the body is not valid JSON: ${reason}` } }, 400),
    };
  }
  const unsafe = findUnsafeValue(value);
  if (unsafe) return { ok: false, response: c.json(invalidInput(unsafe.path, unsafe.reason), 400) };
  return { ok: true, value };
}
