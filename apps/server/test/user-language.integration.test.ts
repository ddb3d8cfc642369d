import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { login } from '../../../test/support/session.ts';
import { startTestServer, TEST_PASSWORD } from '../../../test/support/server.ts';

const dir = createTempDir('user-language');
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

const ME = '/api/v1/auth/me';

describe('the user’s language, kept on the server', () => {
  it('[I18N-4] is unset until chosen, then comes with every later sign-in and /me, on any browser', async () => {
    const laptop = await login(server.url, 'cbp.analyst');
    expect(await laptop.request(ME)).toMatchObject({ status: 200, json: { user: { language: null } } });

    const chosen = await laptop.request(ME, { method: 'PATCH', body: { language: 'es' } });
    expect(chosen).toEqual({ status: 200, json: { language: 'es' } });

    // Another browser: the sign-in answer itself carries the language, before any further request.
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'cbp.analyst', password: TEST_PASSWORD }),
    });
    const signedIn = (await res.json()) as { user?: { language?: unknown } };
    expect(signedIn.user?.language).toBe('es');
    const desk = await login(server.url, 'cbp.analyst');
    expect(await desk.request(ME)).toMatchObject({ json: { user: { username: 'cbp.analyst', language: 'es' } } });

    // One user's choice is theirs alone.
    const colleague = await login(server.url, 'jcf.analyst');
    expect(await colleague.request(ME)).toMatchObject({ json: { user: { language: null } } });
  });

  it('[I18N-4] refuses a language it does not speak and any other field, naming the field and the reason', async () => {
    const session = await login(server.url, 'jca.analyst');
    const unknown = await session.request(ME, { method: 'PATCH', body: { language: 'de' } });
    expect(unknown).toMatchObject({
      status: 422,
      json: { error: { code: 'validation_failed', issues: [{ path: 'language', code: 'invalid_value' }] } },
    });
    const role = await session.request(ME, { method: 'PATCH', body: { language: 'fr', role: 'administrator' } });
    expect(role).toMatchObject({ status: 422, json: { error: { issues: [{ code: 'unrecognized_keys' }] } } });
    expect(await session.request(ME)).toMatchObject({ json: { user: { role: 'analyst', language: null } } });
  });

  it('[I18N-4] a change needs the session’s CSRF token, like any write', async () => {
    const session = await login(server.url, 'jca.analyst');
    const forged = await fetch(`${server.url}${ME}`, {
      method: 'PATCH',
      headers: { cookie: session.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'fr' }),
    });
    expect(forged.status).toBe(403);
    const anonymous = await fetch(`${server.url}${ME}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'fr' }),
    });
    expect(anonymous.status).toBe(401);
    expect(await session.request(ME)).toMatchObject({ json: { user: { language: null } } });
  });

  it('[I18N-5] a validation error names each field with a code and the bound, which clients translate', async () => {
    const session = await login(server.url, 'jca.analyst');
    const res = await session.request('/api/v1/auth/password', {
      method: 'POST',
      body: { currentPassword: '', newPassword: 'x'.repeat(1001) },
    });
    expect(res).toMatchObject({
      status: 422,
      json: {
        error: {
          issues: expect.arrayContaining([
            expect.objectContaining({ path: 'currentPassword', code: 'too_small', origin: 'string', limit: 1 }),
            expect.objectContaining({ path: 'newPassword', code: 'too_big', origin: 'string', limit: 1000 }),
          ]),
        },
      },
    });
  });
});
