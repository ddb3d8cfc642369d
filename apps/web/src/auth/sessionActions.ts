import { request } from '../api/http.ts';
import { forgetDeviceToken, storeDeviceToken, storedDeviceToken } from './deviceToken.ts';
import { parseSignedIn } from './parseUser.ts';
import { sessionStore } from '../session/sessionStore.ts';
import { translations as sessionTranslations } from '../session/translations.ts';
import type { SessionUser } from '../session/types.ts';
import { type Locale, localeStore, translate } from '../i18n/index.ts';
import { translations } from './translations.ts';

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
    sessionStore.set({ kind: 'signed-out', notice: translate(sessionTranslations, 'storedTokenRefused') });
    return;
  }
  const me = await request('GET', ME, { parse: parseSignedIn });
  if (me.ok) {
    applyLanguageOf(me.data.user);
    sessionStore.set({ kind: 'user', user: me.data.user, csrfToken: me.data.csrfToken, groups: me.data.groups });
  } else {
    sessionStore.set({
      kind: 'signed-out',
      notice: me.status === 0 ? translate(sessionTranslations, 'serverUnreachable') : null,
    });
  }
}

/** Returns an error message to show, or null when signed in. */
export async function signIn(username: string, password: string): Promise<string | null> {
  const res = await request('POST', '/api/v1/auth/login', { body: { username, password }, parse: parseSignedIn });
  if (!res.ok) {
    switch (res.status) {
      case 0:
        return translate(translations, 'unreachable');
      case 401:
        // AUTH-4: the server answers the same for a wrong password and a throttled account, so say both.
        return translate(translations, 'refused');
      case 429:
        return translate(translations, 'tooManyFailures');
      case 422:
        return translate(translations, 'enterBoth');
      default:
        return translate(translations, 'signInFailed', { reason: res.message });
    }
  }
  // Login does not list the agency's sharing groups; /me does (the releasability chooser needs them).
  const me = await request('GET', ME, { parse: parseSignedIn });
  const groups = me.ok ? me.data.groups : res.data.groups;
  forgetDeviceToken();
  applyLanguageOf(res.data.user);
  sessionStore.set({ kind: 'user', user: res.data.user, csrfToken: res.data.csrfToken, groups });
  return null;
}

export async function signInWithToken(raw: string): Promise<string | null> {
  const token = raw.trim();
  if (!/^tw_(dev|key)_\S{4,}$/.test(token)) return translate(translations, 'tokenShape');
  const probe = await request('GET', TOKEN_PROBE, { parse: anything, token });
  if (!probe.ok) {
    if (probe.status === 0) return translate(translations, 'unreachable');
    if (probe.status === 401) return translate(translations, 'tokenUnknown');
    return translate(translations, 'tokenCannotRead', { status: probe.status, reason: probe.message });
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

/** I18N-4: a language the user chose before, on any browser, wins over this browser's guess. */
function applyLanguageOf(user: SessionUser): void {
  if (user.language !== null) localeStore.set(user.language);
}

/**
 * I18N-4: the user picked a language in the menu; keep it on the server so their next sign-in, anywhere, speaks
 * it. The dashboard has already switched; a failed save only means another browser will not know yet.
 */
export async function saveLanguage(language: Locale): Promise<void> {
  const session = sessionStore.getSnapshot();
  if (session.kind !== 'user' || session.user.language === language) return;
  const res = await request('PATCH', ME, { body: { language }, parse: anything });
  const now = sessionStore.getSnapshot();
  if (res.ok && now.kind === 'user' && now.user.id === session.user.id)
    sessionStore.set({ ...now, user: { ...now.user, language } });
}
