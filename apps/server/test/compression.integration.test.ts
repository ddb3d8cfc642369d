import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { postEvent, startTestServer, testKey } from '../../../test/support/server.ts';

const dir = createTempDir('compression');
const dist = join(dir.path, 'dist');
const SCRIPT = `console.log(${JSON.stringify('tidewatch '.repeat(500))});`;
let server: RunningServer;

beforeAll(async () => {
  // A built dashboard in miniature: one asset with the brotli twin the build writes (vite.config.ts).
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title><script src="/assets/app.js"></script>');
  writeFileSync(join(dist, 'assets/app.js'), SCRIPT);
  writeFileSync(join(dist, 'assets/app.js.br'), brotliCompressSync(SCRIPT));
  server = await startTestServer({ DATA_DIR: join(dir.path, 'data'), WEB_DIST: dist });
  for (let i = 0; i < 20; i++)
    await postEvent(server.url, {
      kind: 'sighting_report',
      title: `compressible sighting ${i}`,
      occurredAt: new Date().toISOString(),
      ownerAgency: 'JCA',
      releasability: { tlp: 'GREEN' },
      severity: 2,
    });
});
afterAll(async () => {
  await server?.close();
  dir.remove();
});

/** A raw GET (fetch would decompress and hide what travelled), answering status, headers and the bytes. */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; encoding: string | undefined; body: Buffer; type: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          type: res.headers['content-type'],
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressed answers [HTTP-1]', () => {
  it('sends API reads gzip-compressed to a client that accepts it, and plain to one that does not', async () => {
    const auth = { authorization: `Bearer ${testKey('JCA')}` };
    const zipped = await rawGet('/api/v1/events?limit=50', { ...auth, 'accept-encoding': 'gzip' });
    expect(zipped.status).toBe(200);
    expect(zipped.encoding).toBe('gzip');
    const plain = await rawGet('/api/v1/events?limit=50', auth);
    expect(plain.encoding).toBeUndefined();
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
  });

  it('serves the brotli twin of a built asset to a browser that accepts it', async () => {
    const br = await rawGet('/assets/app.js', { 'accept-encoding': 'br, gzip' });
    expect(br.status).toBe(200);
    expect(br.encoding).toBe('br');
    expect(br.type).toMatch(/javascript/);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 10);
    const plain = await rawGet('/assets/app.js', {});
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });
});
