import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { compressReadAnswers } from './compression.ts';

// Big enough to pass the 1 KB threshold, so only the rule decides.
const big = { secret: 'csrf-0123456789', rows: Array.from({ length: 200 }, (_, i) => ({ i, text: 'repeated text' })) };

function app(): Hono {
  const a = new Hono();
  a.use('/api/*', compressReadAnswers());
  a.get('/api/v1/events', (c) => c.json(big));
  a.get('/api/v1/auth/me', (c) => c.json(big));
  a.post('/api/v1/admin/keys', (c) => c.json(big, 201));
  a.get('/api/v1/export.ndjson', (c) => c.body(JSON.stringify(big), 200, { 'content-type': 'application/x-ndjson' }));
  return a;
}

const encodingOf = async (method: string, path: string) =>
  (await app().request(path, { method, headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding');

describe('what is compressed [HTTP-1]', () => {
  it('compresses reads, NDJSON exports included', async () => {
    expect(await encodingOf('GET', '/api/v1/events')).toBe('gzip');
    expect(await encodingOf('GET', '/api/v1/export.ndjson')).toBe('gzip');
  });

  it('leaves session answers and writes (which carry secrets) uncompressed, whatever their size', async () => {
    expect(await encodingOf('GET', '/api/v1/auth/me')).toBeNull();
    expect(await encodingOf('POST', '/api/v1/admin/keys')).toBeNull();
  });
});
