import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ServiceContext } from '../../services/context.ts';
import { login, logout } from '../../services/auth/login.ts';
import { principalFromSession } from '../../services/auth/principal.ts';
import { readJsonBody } from '../json-body.ts';
import { clientAddress, requestIsHttps } from '../client-info.ts';
import { DEVICE_COOKIE } from '../../auth/device-cookie.ts';
import { ServiceError } from '../../services/errors.ts';
import { authenticate, rctx, SESSION_COOKIE, type AppEnv } from '../request-context.ts';
import { changePassword } from '../../services/auth/change-password.ts';

export function authRoutes(ctx: ServiceContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/login', async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    const { trustProxy } = ctx.security;
    const client = { address: clientAddress(c, trustProxy), deviceCookie: getCookie(c, DEVICE_COOKIE) };
    const result = await login({ ctx, input: body.value, client }).catch((err: unknown) => {
      const retry = err instanceof ServiceError ? err.detail?.retryAfterSeconds : undefined;
      if (typeof retry === 'number') c.header('Retry-After', String(retry));
      throw err;
    });
    const secure = ctx.security.secureCookies || requestIsHttps(c, trustProxy);
    setCookie(c, SESSION_COOKIE, result.token, {
      httpOnly: true,
      secure,
      sameSite: 'Strict',
      path: '/',
      expires: result.expiresAt,
    });
    // Only the login route reads it, and it outlives sessions: it marks the browser, not the sign-in.
    setCookie(c, DEVICE_COOKIE, result.deviceToken, {
      httpOnly: true,
      secure,
      sameSite: 'Strict',
      path: '/api/v1/auth/login',
      maxAge: 180 * 86_400,
    });
    return c.json({ user: result.user, csrfToken: result.csrfToken, expiresAt: result.expiresAt.toISOString() });
  });

  app.post('/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const principal = await principalFromSession(ctx, token);
      // Logging out is a write: the CSRF token keeps another site from ending the session.
      if (principal?.actor.kind === 'user' && c.req.header('x-csrf-token') !== principal.actor.csrfToken) {
        return c.json({ error: { code: 'csrf_failed', message: 'missing or wrong X-CSRF-Token header' } }, 403);
      }
      await logout({ ctx, token });
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  // Behind the usual authentication, so the session and its CSRF token are checked as for any write (AUTH-6).
  app.post('/password', authenticate(ctx), async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    await changePassword({ ctx: rctx(c), input: body.value });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.get('/me', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    const principal = token ? await principalFromSession(ctx, token) : undefined;
    if (principal?.actor.kind !== 'user')
      return c.json({ error: { code: 'unauthenticated', message: 'log in first' } }, 401);
    const { actor, viewer } = principal;
    return c.json({
      user: {
        id: actor.id,
        username: actor.name,
        displayName: actor.displayName,
        role: actor.role,
        agency: actor.agency,
      },
      groups: [...viewer.groups],
      csrfToken: actor.csrfToken,
    });
  });
  return app;
}
