import { request } from '../api/http.ts';
import { forgetDeviceToken, storeDeviceToken, storedDeviceToken } from './deviceToken.ts';
import { parseSignedIn } from './parseUser.ts';
import { sessionStore } from '../session/sessionStore.ts';

const ME = '/api/v1/auth/me';
/** A cheap authenticated read to check a bearer token: the smallest event page. */
const TOKEN_PROBE = '/api/v1/events?limit=1';

const anything = (raw: unknown): unknown => raw ?? {};

/** Start-up: a stored device token wins (a wall display), else the session cookie, else the login page. */
export async function restoreSession(): Promise<void> {
  const token = storedDeviceToken();
  if (token !== null) {
    const probe = await request('GET', TOKEN_PROBE, { parse: anything, token });
    if (probe.ok || probe.status === 0) {
      // Unreachable server: keep the token and let the live layer retry; a wall is often on before the server.
      sessionStore.set({ kind: 'device', token });
      return;
    }
    sessionStore.set({ kind: 'signed-out', notice: 'The stored wall display token was refused (unknown or revoked).' });
    return;
  }
  const me = await request('GET', ME, { parse: parseSignedIn });
  if (me.ok) {
    sessionStore.set({ kind: 'user', user: me.data.user, csrfToken: me.data.csrfToken, groups: me.data.groups });
  } else {
    sessionStore.set({
      kind: 'signed-out',
      notice: me.status === 0 ? 'Cannot reach the Tidewatch server. Retry when it is back.' : null,
    });
  }
}

/** Returns an error message to show, or null when signed in. */
export async function signIn(username: string, password: string): Promise<string | null> {
  const res = await request('POST', '/api/v1/auth/login', { body: { username, password }, parse: parseSignedIn });
  if (!res.ok) {
    switch (res.status) {
      case 0:
        return 'Cannot reach the Tidewatch server.';
      case 401:
        // AUTH-4: the server answers the same for a wrong password and a throttled account, so say both.
        return 'Username or password not accepted. After several failed sign-ins an account is slowed down for a while, except in a browser that has signed in to it before.';
      case 429:
        return 'Too many failed sign-ins from this address. Wait a few minutes and try again.';
      case 422:
        return 'Enter a username and a password.';
      default:
        return `Sign-in failed: ${res.message}`;
    }
  }
  // Login does not list the agency's sharing groups; /me does (the releasability chooser needs them).
  const me = await request('GET', ME, { parse: parseSignedIn });
  const groups = me.ok ? me.data.groups : res.data.groups;
  forgetDeviceToken();
  sessionStore.set({ kind: 'user', user: res.data.user, csrfToken: res.data.csrfToken, groups });
  return null;
}

export async function signInWithToken(raw: string): Promise<string | null> {
  const token = raw.trim();
  if (!/^tw_(dev|key)_\S{4,}$/.test(token))
    return 'A token starts with tw_dev_ (wall display) or tw_key_ (agency API key).';
  const probe = await request('GET', TOKEN_PROBE, { parse: anything, token });
  if (!probe.ok) {
    if (probe.status === 0) return 'Cannot reach the Tidewatch server.';
    if (probe.status === 401) return 'This token is unknown or has been revoked.';
    return `This token cannot read events (${probe.status}: ${probe.message}).`;
  }
  storeDeviceToken(token);
  sessionStore.set({ kind: 'device', token });
  return null;
}

export async function signOut(): Promise<void> {
  const session = sessionStore.getSnapshot();
  if (session.kind === 'user') await request('POST', '/api/v1/auth/logout', { parse: anything });
  if (session.kind === 'device') forgetDeviceToken();
  sessionStore.set({ kind: 'signed-out', notice: null });
}

/** The live stream was refused: find out whether the session really ended (then show the login page). */
export async function recheckSession(): Promise<void> {
  const session = sessionStore.getSnapshot();
  if (session.kind === 'user') {
    const me = await request('GET', ME, { parse: parseSignedIn });
    if (!me.ok && me.status === 401) sessionStore.expire();
  } else if (session.kind === 'device') {
    await request('GET', TOKEN_PROBE, { parse: anything });
  }
}
