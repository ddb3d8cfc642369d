import type { Context } from 'hono';

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/** Reads a JSON body, answering 415 for another content type and 400 (with the parser's reason) for bad JSON. */
export async function readJsonBody(c: Context): Promise<JsonBody> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    return {
      ok: false,
      response: c.json({ error: { code: 'unsupported_media_type', message: 'send Content-Type: application/json' } }, 415),
    };
  }
  const text = await c.req.text();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'unparseable';
    return {
      ok: false,
      response: c.json({ error: { code: 'malformed_json', message: `the body is not valid JSON: ${reason}` } }, 400),
    };
  }
}
