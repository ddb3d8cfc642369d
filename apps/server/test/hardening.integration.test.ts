import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.ts';
import { createLogger } from '../src/logger.ts';
import { toApiErrorWithStatus } from '../src/services/error-response.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { EXAMPLE_EVENT, postEvent, startTestServer, testKey } from '../../../test/support/server.ts';

const dir = createTempDir('hardening');
const logLines: string[] = [];
let server: RunningServer;

beforeAll(async () => {
  const logger = createLogger('info', 'hardening', { write: (line: string) => void logLines.push(line) });
  server = await startTestServer({ DATA_DIR: dir.path, SUMMARY_SCHEDULER: 'off' }, { logger });
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

const key = { authorization: `Bearer ${testKey('JCA')}` };

async function headersOf(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers }> {
  const res = await fetch(`${server.url}${path}`, init);
  await res.arrayBuffer();
  return { status: res.status, headers: res.headers };
}

describe('security headers', () => {
  it('[SEC-1] every answer, success or error, API or not, carries the CSP with frame-ancestors none, nosniff, no-referrer and DENY framing', async () => {
    await postEvent(server.url, EXAMPLE_EVENT);
    const answers = [
      await headersOf('/api/v1/events?limit=1', { headers: key }),
      await headersOf('/api/v1/events/export?format=csv', { headers: key }),
      await headersOf('/api/v1/auth/me'),
      await headersOf('/api/v1/events', {
        method: 'POST',
        headers: { ...key, 'content-type': 'application/json' },
        body: '{"kind":',
      }),
      await headersOf('/api/v1/no-such-route', { headers: key }),
      await headersOf('/health/live'),
      await headersOf('/'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 401, 400, 404, expect.any(Number), 200]);
    for (const { headers } of answers) {
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('DENY');
      // Plain HTTP and no trusted proxy: HSTS would be ignored at best and wrong at worst.
      expect(headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('[SEC-1] API answers and exports are never cached; X-Forwarded-Proto alone (no TRUST_PROXY) earns no HSTS', async () => {
    for (const path of ['/api/v1/events?limit=1', '/api/v1/events/export?format=ndjson', '/api/v1/events/count']) {
      const { status, headers } = await headersOf(path, { headers: { ...key, 'x-forwarded-proto': 'https' } });
      expect(status).toBe(200);
      expect(headers.get('cache-control')).toBe('no-store');
      expect(headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('[SEC-1] Socket.IO long-polling answers are not cached or sniffed either', async () => {
    const { status, headers } = await headersOf(`/socket.io/?EIO=4&transport=polling&t=${Date.now()}`);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('log redaction', () => {
  it('[SEC-2] a failing insert is logged with its SQLSTATE, constraint and statement, but none of its parameter values', async () => {
    const secret = 'RED: informant Alpha meets the Nassau courier';
    const failure = await server.ctx.users
      .insert({
        username: 'jca.analyst',
        displayName: secret,
        agencyCode: 'JCA',
        role: 'analyst',
        passwordHash: 'scrypt$not-a-real-hash',
      })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(failure).toBeInstanceOf(Error);
    const before = logLines.length;
    expect(toApiErrorWithStatus(failure, server.log).status).toBe(500);
    const logged = logLines.slice(before).join('\n');
    expect(logged).toContain('unexpected error');
    expect(logged).toContain('23505');
    expect(logged).toContain('insert into \\"users\\"');
    for (const value of [secret, 'informant', 'jca.analyst', 'scrypt$not-a-real-hash'])
      expect(logged).not.toContain(value);
  });

  it('[SEC-2] a value PostgreSQL quotes in a data-exception message is redacted too', async () => {
    const failure = await server.ctx.users.findById('RED-secret-not-a-uuid').then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(Error);
    const before = logLines.length;
    server.log.error({ err: failure }, 'lookup failed');
    const logged = logLines.slice(before).join('\n');
    expect(logged).toContain('22P02');
    expect(logged).not.toContain('RED-secret');
  });
});
