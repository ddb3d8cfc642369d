import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { RunningServer } from '../src/index.ts';
import { EventClient } from '../../../test/support/event-client.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { login } from '../../../test/support/session.ts';
import {
  EXAMPLE_EVENT,
  getJson,
  postEvent,
  startTestServer,
  TEST_PASSWORD,
  testDeviceToken,
  testKey,
} from '../../../test/support/server.ts';

const dir = createTempDir('accounts');
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, ALLOWED_ORIGINS: 'https://ops.example.org' });
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

async function rawLogin(username: string, password: string) {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return {
    status: res.status,
    json: (await res.json()) as { error?: { code: string; message: string } },
    cookie: res.headers.get('set-cookie') ?? '',
  };
}

describe('login and sessions', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and answers who the user is', async () => {
    const res = await rawLogin('jca.analyst', TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.cookie).toMatch(/tw_session=tw_ses_/);
    expect(res.cookie).toMatch(/HttpOnly/i);
    expect(res.cookie).toMatch(/SameSite=Strict/i);
    const session = await login(server.url, 'jca.analyst');
    const me = await session.request('/api/v1/auth/me');
    expect(me.json).toMatchObject({
      user: { username: 'jca.analyst', agency: 'JCA', role: 'analyst' },
      groups: ['jca-cbp-cmaa'],
    });
  });

  it('[AUTH-4] answers the same for an unknown user and a wrong password, and throttles after 5 failures without saying so', async () => {
    const unknown = await rawLogin('nobody.here', 'whatever-password');
    const wrong = await rawLogin('jcf.analyst', 'wrong password!!');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.json.error?.message).toBe(wrong.json.error?.message);
    for (let i = 0; i < 4; i++) expect((await rawLogin('jcf.analyst', 'wrong password!!')).status).toBe(401);
    const throttled = await rawLogin('jcf.analyst', TEST_PASSWORD);
    expect(throttled.status).toBe(401);
    expect(throttled.json).toEqual(wrong.json);
  });

  it('[AUTH-6] refuses a cookie-authenticated write without the CSRF token, accepts it with the token', async () => {
    const session = await login(server.url, 'jca.analyst');
    const without = await fetch(`${server.url}/api/v1/events`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(EXAMPLE_EVENT),
    });
    expect(without.status).toBe(403);
    const withToken = await session.request('/api/v1/events', { method: 'POST', body: EXAMPLE_EVENT });
    expect(withToken.status).toBe(201);
  });

  it('[AUTH-5] logout revokes the session server-side', async () => {
    const session = await login(server.url, 'cbp.analyst');
    expect((await session.request('/api/v1/events?limit=1')).status).toBe(200);
    expect((await session.request('/api/v1/auth/logout', { method: 'POST' })).status).toBe(204);
    expect((await session.request('/api/v1/events?limit=1')).status).toBe(401);
  });
});

describe('authority', () => {
  it('[AUTH-8] a wall-display device token reads but cannot write', async () => {
    const read = await fetch(`${server.url}/api/v1/events?limit=1`, {
      headers: { authorization: `Bearer ${testDeviceToken('JCA')}` },
    });
    expect(read.status).toBe(200);
    const write = await fetch(`${server.url}/api/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${testDeviceToken('JCA')}`, 'content-type': 'application/json' },
      body: JSON.stringify(EXAMPLE_EVENT),
    });
    expect(write.status).toBe(403);
  });

  it('[AUTH-2] only an administrator administers, and nobody changes their own role', async () => {
    const analyst = await login(server.url, 'jca.analyst');
    expect((await analyst.request('/api/v1/admin/users')).status).toBe(403);
    const admin = await login(server.url, 'impacs.admin');
    const me = (await admin.request('/api/v1/auth/me')).json as { user: { id: string } };
    const self = await admin.request(`/api/v1/admin/users/${me.user.id}`, {
      method: 'PATCH',
      body: { role: 'analyst' },
    });
    expect(self.status).toBe(403);
  });

  it("[AUTH-11] a new account's password is checked: a clear 422 naming the field and the reason", async () => {
    const admin = await login(server.url, 'impacs.admin');
    const create = (password: string) =>
      admin.request('/api/v1/admin/users', {
        method: 'POST',
        body: { username: 'new.officer', displayName: 'New officer', agency: 'IMPACS', role: 'analyst', password },
      });
    for (const [password, reason] of [
      ['short', 'at least 12 characters'],
      ['administrator', 'a commonly used password: choose another'],
      ['new.officer harbour', 'must not contain the username or the product name'],
    ]) {
      const refused = await create(password ?? '');
      expect(refused.status).toBe(422);
      expect(refused.json).toMatchObject({
        error: { code: 'validation_failed', issues: [{ path: 'password', message: reason }] },
      });
    }
    expect((await create('harbour pilot at dawn')).status).toBe(201);
  });

  it('[AUTH-11] a user changes their own password: the rules apply, the current password is required, and every session ends', async () => {
    const session = await login(server.url, 'cbp.admin');
    const change = (body: unknown) => session.request('/api/v1/auth/password', { method: 'POST', body });
    const weak = await change({ currentPassword: TEST_PASSWORD, newPassword: 'administrator' });
    expect(weak.status).toBe(422);
    expect(weak.json).toMatchObject({
      error: { issues: [{ path: 'newPassword', message: 'a commonly used password: choose another' }] },
    });
    expect(
      (await change({ currentPassword: 'not the password at all', newPassword: 'quiet harbour lantern' })).status,
    ).toBe(403);
    const withoutCsrf = await fetch(`${server.url}/api/v1/auth/password`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: 'quiet harbour lantern' }),
    });
    expect(withoutCsrf.status).toBe(403);
    expect((await change({ currentPassword: TEST_PASSWORD, newPassword: 'quiet harbour lantern' })).status).toBe(204);
    expect((await session.request('/api/v1/auth/me')).status).toBe(401);
    expect((await rawLogin('cbp.admin', TEST_PASSWORD)).status).toBe(401);
    expect((await rawLogin('cbp.admin', 'quiet harbour lantern')).status).toBe(200);
  });

  it('[AUTH-3][REL-10] a revoked API key stops working at once and its socket is disconnected', async () => {
    const admin = await login(server.url, 'uscg.admin');
    const created = (
      await admin.request('/api/v1/admin/api-keys', {
        method: 'POST',
        body: { agency: 'USCG', name: 'feed', kind: 'api', scopes: ['events:read'] },
      })
    ).json as { id: string; secret: string };
    expect(created.secret).toMatch(/^tw_key_/);
    const client = new EventClient(server.url, undefined, created.secret);
    await client.waitForSynced();
    const disconnected = new Promise<string>((resolve) => client.socket.on('disconnect', (reason) => resolve(reason)));
    expect((await admin.request(`/api/v1/admin/api-keys/${created.id}`, { method: 'DELETE' })).status).toBe(200);
    expect(await disconnected).toBe('io server disconnect');
    client.close();
    const after = await fetch(`${server.url}/api/v1/events?limit=1`, {
      headers: { authorization: `Bearer ${created.secret}` },
    });
    expect(after.status).toBe(401);
  });

  it('[AUTH-9] an administrator mints no key, token or account for another agency and changes none of its own', async () => {
    const red = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      title: 'JCA eyes only',
      releasability: { tlp: 'RED', recipients: [] },
    });
    expect(red.status).toBe(201);
    const admin = await login(server.url, 'impacs.admin');
    expect((await admin.request(`/api/v1/events/${String(red.json.id)}`)).status).toBe(404);
    for (const kind of ['api', 'device']) {
      const minted = await admin.request('/api/v1/admin/api-keys', {
        method: 'POST',
        body: { agency: 'JCA', name: 'mine now', kind, scopes: ['events:read'] },
      });
      expect(minted.status).toBe(403);
      expect(JSON.stringify(minted.json)).not.toMatch(/tw_(key|dev)_/);
    }
    for (const role of ['analyst', 'administrator']) {
      const user = await admin.request('/api/v1/admin/users', {
        method: 'POST',
        body: { username: `jca.spy.${role}`, displayName: 'spy', agency: 'JCA', role, password: 'a password I know' },
      });
      expect(user.status).toBe(403);
    }
    const users = (await admin.request('/api/v1/admin/users')).json as { id: string; username: string }[];
    const jcaAnalyst = users.find((u) => u.username === 'jca.analyst');
    const impacsAnalyst = users.find((u) => u.username === 'impacs.analyst');
    expect(
      (
        await admin.request(`/api/v1/admin/users/${String(jcaAnalyst?.id)}`, {
          method: 'PATCH',
          body: { disabled: true },
        })
      ).status,
    ).toBe(403);
    // Moving an account between agencies has no path: the field is refused by name.
    const move = await admin.request(`/api/v1/admin/users/${String(impacsAnalyst?.id)}`, {
      method: 'PATCH',
      body: { agency: 'JCA' },
    });
    expect(move.status).toBe(422);
    expect(JSON.stringify(move.json)).toMatch(/agency/);
    const keys = (await admin.request('/api/v1/admin/api-keys')).json as { id: string; agency: string }[];
    const jcaKey = keys.find((k) => k.agency === 'JCA');
    expect((await admin.request(`/api/v1/admin/api-keys/${String(jcaKey?.id)}`, { method: 'DELETE' })).status).toBe(
      403,
    );
    // A malformed id is refused as input (VAL-1) before anything is looked up.
    expect((await admin.request('/api/v1/admin/api-keys/not-a-key', { method: 'DELETE' })).status).toBe(400);
    expect((await getJson(server.url, `/api/v1/events/${String(red.json.id)}`)).status).toBe(200);
    // JCA's own administrator still manages JCA's credentials.
    const own = await login(server.url, 'jca.admin');
    const key = (
      await own.request('/api/v1/admin/api-keys', {
        method: 'POST',
        body: { agency: 'JCA', name: 'feed', kind: 'api', scopes: ['events:read'] },
      })
    ).json as { secret: string };
    expect(key.secret).toMatch(/^tw_key_/);
  });

  it('[AUTH-9] a standing agreement takes no new member: its code is never reused', async () => {
    const shared = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      title: 'under the agreement',
      releasability: { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] },
    });
    const admin = await login(server.url, 'impacs.admin');
    const join = await admin.request('/api/v1/admin/sharing-groups', {
      method: 'POST',
      body: { code: 'jca-cbp-cmaa', name: 'hijack', members: ['JCA', 'CBP', 'IMPACS'] },
    });
    expect(join.status).toBe(409);
    expect(JSON.stringify(join.json)).toMatch(/code/);
    expect((await admin.request(`/api/v1/events/${String(shared.json.id)}`)).status).toBe(404);
    expect((await getJson(server.url, `/api/v1/events/${String(shared.json.id)}`, { agency: 'IMPACS' })).status).toBe(
      404,
    );
  });

  it('[AUTH-9] a new agency gets its first administrator from any administrator, and nothing more', async () => {
    const admin = await login(server.url, 'impacs.admin');
    expect(
      (
        await admin.request('/api/v1/admin/agencies', {
          method: 'POST',
          body: { code: 'TCI', name: 'Turks and Caicos Customs', country: 'TC' },
        })
      ).status,
    ).toBe(201);
    const analystFirst = await admin.request('/api/v1/admin/users', {
      method: 'POST',
      body: {
        username: 'tci.analyst',
        displayName: 'TCI analyst',
        agency: 'TCI',
        role: 'analyst',
        password: 'a long enough password',
      },
    });
    expect(analystFirst.status).toBe(403);
    const first = await admin.request('/api/v1/admin/users', {
      method: 'POST',
      body: {
        username: 'tci.admin',
        displayName: 'TCI admin',
        agency: 'TCI',
        role: 'administrator',
        password: 'a long enough password',
      },
    });
    expect(first.status).toBe(201);
    const second = await admin.request('/api/v1/admin/users', {
      method: 'POST',
      body: {
        username: 'tci.admin2',
        displayName: 'TCI admin 2',
        agency: 'TCI',
        role: 'administrator',
        password: 'a long enough password',
      },
    });
    expect(second.status).toBe(403);
    expect(
      (
        await admin.request('/api/v1/admin/api-keys', {
          method: 'POST',
          body: { agency: 'TCI', name: 'feed', kind: 'api' },
        })
      ).status,
    ).toBe(403);
    const tci = await login(server.url, 'tci.admin', 'a long enough password');
    expect(
      (
        await tci.request('/api/v1/admin/users', {
          method: 'POST',
          body: {
            username: 'tci.analyst',
            displayName: 'TCI analyst',
            agency: 'TCI',
            role: 'analyst',
            password: 'a long enough password',
          },
        })
      ).status,
    ).toBe(201);
  });

  it('[REL-10] revoking an agreement takes effect at once for what it carried', async () => {
    const admin = await login(server.url, 'impacs.admin');
    expect(
      (
        await admin.request('/api/v1/admin/sharing-groups', {
          method: 'POST',
          body: { code: 'jca-jcf-test', name: 'test', members: ['JCA', 'JCF'] },
        })
      ).status,
    ).toBe(201);
    const posted = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      title: 'via agreement',
      releasability: { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-jcf-test'] },
    });
    expect(posted.status).toBe(201);
    expect((await getJson(server.url, `/api/v1/events/${String(posted.json.id)}`, { agency: 'JCF' })).status).toBe(200);
    expect((await admin.request('/api/v1/admin/sharing-groups/jca-jcf-test', { method: 'DELETE' })).status).toBe(200);
    expect((await getJson(server.url, `/api/v1/events/${String(posted.json.id)}`, { agency: 'JCF' })).status).toBe(404);
  });

  it('[AUTH-7] refuses a WebSocket from an origin not on the allow-list', async () => {
    const socket = io(server.url, {
      transports: ['websocket'],
      auth: { token: testKey('JCA') },
      extraHeaders: { origin: 'https://evil.example.com' },
      reconnection: false,
    });
    const error = await new Promise<string>((resolve) => socket.on('connect_error', (err) => resolve(err.message)));
    socket.close();
    expect(error).toBeTruthy();
    const allowed = io(server.url, {
      transports: ['websocket'],
      auth: { token: testKey('JCA') },
      extraHeaders: { origin: 'https://ops.example.org' },
      reconnection: false,
    });
    await new Promise<void>((resolve, reject) => {
      allowed.on('connect', () => resolve());
      allowed.on('connect_error', reject);
    });
    allowed.close();
  });

  it('refuses a socket without credentials', async () => {
    const socket = io(server.url, { transports: ['websocket'], reconnection: false });
    const error = await new Promise<string>((resolve) => socket.on('connect_error', (err) => resolve(err.message)));
    socket.close();
    expect(error).toMatch(/^unauthenticated/);
  });
});

describe('audit', () => {
  it('[AUD-1] records logins, creates and reads of AMBER data with who, agency, what and outcome', async () => {
    const posted = await postEvent(server.url, { ...EXAMPLE_EVENT, title: 'audited read' });
    await getJson(server.url, `/api/v1/events/${String(posted.json.id)}`, { agency: 'CBP' });
    const admin = await login(server.url, 'impacs.admin');
    const search = async (q: string) =>
      (
        (await admin.request(`/api/v1/admin/audit?${q}`)).json as {
          items: { action: string; agency: string; outcome: string; targetId: string | null; actorName: string }[];
        }
      ).items;
    expect(await search(`targetId=${String(posted.json.id)}&action=event.create`)).toMatchObject([
      { agency: 'JCA', outcome: 'success', actorName: 'test key JCA' },
    ]);
    expect(await search(`targetId=${String(posted.json.id)}&action=event.read`)).toMatchObject([
      { agency: 'CBP', outcome: 'success' },
    ]);
    const logins = await search('action=auth.login');
    expect(logins.some((l) => l.outcome === 'failure')).toBe(true);
    expect(logins.some((l) => l.outcome === 'success')).toBe(true);
  });

  it('[AUD-1a] records AMBER events received on the live stream as runs of seqs, searchable by the seq of one event', async () => {
    const cbp = new EventClient(server.url, undefined, testKey('CBP'));
    let middle = 0;
    let seqs: number[] = [];
    try {
      await cbp.waitForSynced();
      const posted: Awaited<ReturnType<typeof postEvent>>[] = [];
      for (const title of ['streamed one', 'streamed two', 'streamed three'])
        posted.push(await postEvent(server.url, { ...EXAMPLE_EVENT, title }));
      seqs = posted.map((p) => Number(p.json.seq));
      await cbp.waitFor(() => seqs.every((seq) => cbp.received.some((e) => e.seq === seq)));
      middle = seqs[1] ?? 0;
    } finally {
      cbp.close();
    }
    const admin = await login(server.url, 'impacs.admin');
    const find = async (seq: number) =>
      (
        (await admin.request(`/api/v1/admin/audit?action=event.stream&agency=CBP&streamedSeq=${seq}`)).json as {
          items: { agency: string; detail: { count: number; seqRuns: [number, number][] } }[];
        }
      ).items;
    // The server writes the last row when the socket's disconnect reaches it.
    let rows = await find(middle);
    for (let tries = 0; rows.length === 0 && tries < 40; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      rows = await find(middle);
    }
    expect(rows).toHaveLength(1);
    expect(rows[0]?.agency).toBe('CBP');
    expect(rows[0]?.detail.seqRuns.some(([first, last]) => first <= middle && middle <= last)).toBe(true);
    // Rows are written at most every 5 s, so on a slow host the three may span two rows: each is found once.
    for (const seq of seqs) expect(await find(seq)).toHaveLength(1);
  });
});
