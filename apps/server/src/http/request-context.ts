import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import type { RequestContext, ServiceContext } from '../services/context.ts';
import { principalFromBearer, principalFromSession } from '../services/auth/principal.ts';

export const SESSION_COOKIE = 'tw_session';

export interface AppEnv {
  Variables: { rctx: RequestContext };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Authenticates every API request (bearer key or session cookie) and builds the request context the
 * service verbs authorize against. AUTH-6: a cookie-authenticated write must carry the session's CSRF token.
 */
export function authenticate(ctx: ServiceContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookie = getCookie(c, SESSION_COOKIE);
    const principal = bearer
      ? await principalFromBearer(ctx, bearer)
      : cookie
        ? await principalFromSession(ctx, cookie)
        : undefined;
    if (!principal) {
      return c.json(
        { error: { code: 'unauthenticated', message: bearer ? 'unknown or revoked token' : 'log in first' } },
        401,
      );
    }
    if (!bearer && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && principal.actor.kind === 'user') {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!sameSecret(sent, principal.actor.csrfToken)) {
        return c.json({ error: { code: 'csrf_failed', message: 'missing or wrong X-CSRF-Token header' } }, 403);
      }
    }
    c.set('rctx', { ...ctx, ...principal });
    return next();
  };
}

export function rctx(c: Context<AppEnv>): RequestContext {
  return c.get('rctx');
}
