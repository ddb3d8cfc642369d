import { TEST_PASSWORD } from './server.ts';

/** A logged-in browser-like user: the session cookie plus the CSRF token writes must echo (AUTH-6). */
export interface UserSession {
  cookie: string;
  csrfToken: string;
  request(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; json: unknown }>;
}

export async function login(baseUrl: string, username: string, password = TEST_PASSWORD): Promise<UserSession> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    cookie,
    csrfToken,
    async request(path, init = {}) {
      const r = await fetch(`${baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await r.text();
      return { status: r.status, json: text ? (JSON.parse(text) as unknown) : null };
    },
  };
}
