import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ServiceContext } from '../../services/context.ts';
import { login, LoginInput, logout } from '../../services/auth/login.ts';
import { principalFromSession } from '../../services/auth/principal.ts';
import { jsonBody } from '../json-body.ts';
import { clientAddress, requestIsHttps } from '../client-info.ts';
import { DEVICE_COOKIE } from '../../auth/device-cookie.ts';
import { ServiceError } from '../../services/errors.ts';
import { authenticate, rctx, SESSION_COOKIE, type AppEnv } from '../request-context.ts';
import { changePassword, ChangePasswordInput } from '../../services/auth/change-password.ts';
import { ProfileInput, readProfile, updateProfile } from '../../services/auth/profile.ts';
import { apiRoute, apiRouter } from '../openapi/api-router.ts';
import { named } from '../openapi/components.ts';
import { errorResponse, invalidBody, jsonRequestBody } from '../openapi/responses.ts';

export function authRoutes(ctx: ServiceContext): OpenAPIHono<AppEnv> {
  const app = apiRouter();

  const loginRoute = apiRoute({
    method: 'post',
    path: '/login',
    summary: 'Log in with a password; sets the httpOnly session cookie and answers the CSRF token for writes',
    security: [],
    middleware: [jsonBody()] as const,
    request: { body: jsonRequestBody(named(LoginInput, 'LoginInput')) },
    responses: {
      200: { description: 'Logged in' },
      401: errorResponse('Not accepted: unknown user, wrong password or throttled account alike'),
      422: invalidBody,
      429: errorResponse('Too many failures from this address (Retry-After)'),
    },
  });
  app.openapi(loginRoute, async (c) => {
    const { trustProxy } = ctx.security;
    const client = { address: clientAddress(c, trustProxy), deviceCookie: getCookie(c, DEVICE_COOKIE) };
    const result = await login({ ctx, input: await c.req.json(), client }).catch((err: unknown) => {
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
    // I18N-4: the chosen language comes with the sign-in, so any browser switches to it at once.
    const { language } = await readProfile(ctx, result.user.id);
    return c.json({
      user: { ...result.user, language },
      csrfToken: result.csrfToken,
      expiresAt: result.expiresAt.toISOString(),
    });
  });

  const logoutRoute = apiRoute({
    method: 'post',
    path: '/logout',
    summary: 'End the session (send X-CSRF-Token)',
    responses: { 204: { description: 'Logged out' }, 403: errorResponse('Missing or wrong X-CSRF-Token') },
  });
  app.openapi(logoutRoute, async (c) => {
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
  const passwordRoute = apiRoute({
    method: 'post',
    path: '/password',
    summary: 'Change your own password (send X-CSRF-Token); ends every session of the user',
    middleware: [authenticate(ctx), jsonBody()] as const,
    request: { body: jsonRequestBody(named(ChangePasswordInput, 'ChangePasswordInput')) },
    responses: {
      204: { description: 'Changed' },
      403: errorResponse('Current password not accepted'),
      422: errorResponse('New password refused, with the reason'),
    },
  });
  app.openapi(passwordRoute, async (c) => {
    await changePassword({ ctx: rctx(c), input: await c.req.json() });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  const meRoute = apiRoute({
    method: 'get',
    path: '/me',
    summary: 'Who the session belongs to, its agreements and CSRF token',
    responses: { 200: { description: 'The user' }, 401: errorResponse('No session') },
  });
  app.openapi(meRoute, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    const principal = token ? await principalFromSession(ctx, token) : undefined;
    if (principal?.actor.kind !== 'user')
      return c.json({ error: { code: 'unauthenticated', message: 'log in first' } }, 401);
    const { actor, viewer } = principal;
    const { language } = await readProfile(ctx, actor.id);
    return c.json({
      user: {
        id: actor.id,
        username: actor.name,
        displayName: actor.displayName,
        role: actor.role,
        agency: actor.agency,
        language,
      },
      groups: [...viewer.groups],
      csrfToken: actor.csrfToken,
    });
  });

  // I18N-4. Behind the usual authentication, so the CSRF token is checked as for any write (AUTH-6).
  const profileRoute = apiRoute({
    method: 'patch',
    path: '/me',
    summary: 'Change your own preferences (send X-CSRF-Token): the dashboard language',
    middleware: [authenticate(ctx), jsonBody()] as const,
    request: { body: jsonRequestBody(named(ProfileInput, 'ProfileInput')) },
    responses: {
      200: { description: 'The stored preferences' },
      401: errorResponse('No session'),
      403: errorResponse('Not a signed-in user, or missing or wrong X-CSRF-Token'),
      422: invalidBody,
    },
  });
  app.openapi(profileRoute, async (c) => c.json(await updateProfile({ ctx: rctx(c), input: await c.req.json() })));
  return app;
}
