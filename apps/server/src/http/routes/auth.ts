import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ServiceContext } from '../../services/context.ts';
import { login, logout } from '../../services/auth/login.ts';
import { principalFromSession } from '../../services/auth/principal.ts';
import { readJsonBody } from '../json-body.ts';
import { SESSION_COOKIE } from '../request-context.ts';

export function authRoutes(ctx: ServiceContext): Hono {
  const app = new Hono();

  app.post('/login', async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    const result = await login({ ctx, input: body.value });
    setCookie(c, SESSION_COOKIE, result.token, {
      httpOnly: true,
      secure: ctx.security.secureCookies || c.req.url.startsWith('https:'),
      sameSite: 'Strict',
      path: '/',
      expires: result.expiresAt,
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

  app.get('/me', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    const principal = token ? await principalFromSession(ctx, token) : undefined;
    if (!principal || principal.actor.kind !== 'user') return c.json({ error: { code: 'unauthenticated', message: 'log in first' } }, 401);
    const { actor, viewer } = principal;
    return c.json({
      user: { id: actor.id, username: actor.name, displayName: actor.displayName, role: actor.role, agency: actor.agency },
      groups: [...viewer.groups],
      csrfToken: actor.csrfToken,
    });
  });
  return app;
}
