import type { MiddlewareHandler } from 'hono';
import { principalFromBearer } from '../../services/auth/principal.ts';
import type { ServiceContext } from '../../services/context.ts';
import type { Principal } from '../../auth/actor.ts';
import { taxiiError } from './taxii-errors.ts';

export interface TaxiiEnv {
  Variables: { principal: Principal };
}

/** What TAXII clients send: HTTP Basic with the API key as the password (the user name is ignored), or Bearer. */
function keyFrom(authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined;
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (bearer) return bearer;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization)?.[1];
  if (!basic) return undefined;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  // Some clients put the key in the user name and leave the password empty.
  const password = colon < 0 ? decoded : decoded.slice(colon + 1);
  return password !== '' ? password : colon > 0 ? decoded.slice(0, colon) : undefined;
}

/**
 * TAXII-2: the existing agency API keys (and device tokens) authenticate TAXII; browser sessions do not (TAXII
 * clients have no cookies, and a cookie-authenticated POST would need the CSRF check). No key, or one that is
 * unknown or revoked, is a 401 that names both schemes, without saying which case it was.
 */
export function taxiiAuthentication(ctx: ServiceContext): MiddlewareHandler<TaxiiEnv> {
  return async (c, next) => {
    const key = keyFrom(c.req.header('authorization'));
    const principal = key === undefined || key.length > 512 ? undefined : await principalFromBearer(ctx, key);
    if (!principal) {
      c.header('WWW-Authenticate', 'Basic realm="Tidewatch TAXII", charset="UTF-8", Bearer realm="Tidewatch TAXII"');
      return taxiiError(
        c,
        401,
        'send an agency API key: HTTP Basic with the key as the password, or Authorization: Bearer <key>',
      );
    }
    c.set('principal', principal);
    return next();
  };
}
