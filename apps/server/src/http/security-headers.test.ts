import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.ts';

function appWith(security: { secureCookies: boolean; trustProxy: boolean }): Hono {
  const app = new Hono();
  app.use('*', ...securityHeaders(security));
  app.get('/api/v1/thing', (c) => c.json({ ok: true }));
  app.get('/page', (c) => c.html('<p>hi</p>'));
  return app;
}

const hsts = async (app: Hono, path: string, headers: Record<string, string> = {}) =>
  (await app.request(`http://tidewatch.test${path}`, { headers })).headers.get('strict-transport-security');

describe('HSTS', () => {
  it('[SEC-1] is sent when COOKIE_SECURE=on says HTTPS is in use, on API and pages alike', async () => {
    const app = appWith({ secureCookies: true, trustProxy: false });
    expect(await hsts(app, '/api/v1/thing')).toBe('max-age=31536000; includeSubDomains');
    expect(await hsts(app, '/page')).toBe('max-age=31536000; includeSubDomains');
  });

  it('[SEC-1] follows X-Forwarded-Proto only from a trusted proxy', async () => {
    expect(
      await hsts(appWith({ secureCookies: false, trustProxy: true }), '/page', { 'x-forwarded-proto': 'https' }),
    ).toBe('max-age=31536000; includeSubDomains');
    expect(
      await hsts(appWith({ secureCookies: false, trustProxy: true }), '/page', { 'x-forwarded-proto': 'http' }),
    ).toBeNull();
    expect(
      await hsts(appWith({ secureCookies: false, trustProxy: false }), '/page', { 'x-forwarded-proto': 'https' }),
    ).toBeNull();
  });

  it('[SEC-1] is sent for a request that arrived over HTTPS', async () => {
    const app = appWith({ secureCookies: false, trustProxy: false });
    expect((await app.request('https://tidewatch.test/page')).headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});
