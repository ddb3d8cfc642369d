import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { SecuritySettings } from '../services/context.ts';
import { requestIsHttps } from './client-info.ts';

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * SEC-1. Everything the dashboard loads is its own (air-gapped ops centres: no CDN), so 'self' covers scripts,
 * the MapLibre worker (a same-origin URL; blob: kept for its fallback) and the socket (CSP 3 'self' matches
 * ws: and wss: on the same host). Inline style stays allowed: MapLibre, React style props, the API reference
 * page and the summary's printable HTML use it, and CSS cannot run code. WebGL needs no directive.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  childSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Security headers on every answer, errors included; HSTS only where HTTPS is known to be in use. */
export function securityHeaders(security: Pick<SecuritySettings, 'secureCookies' | 'trustProxy'>): MiddlewareHandler[] {
  return [
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      crossOriginOpenerPolicy: 'same-origin',
      crossOriginResourcePolicy: 'same-origin',
      strictTransportSecurity: false,
    }),
    async (c, next) => {
      await next();
      if (security.secureCookies || requestIsHttps(c, security.trustProxy)) c.header('Strict-Transport-Security', HSTS);
      // API answers and exports hold releasable data: no browser or proxy cache may keep a copy.
      if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
    },
  ];
}

/**
 * Socket.IO's HTTP long-polling answers bypass Hono but carry the same events. engine.io already marks them
 * `cache-control: no-store`; they also must not be sniffed into something a browser would render.
 */
export function engineHeaders(headers: Record<string, string | string[] | undefined>, _req: IncomingMessage): void {
  headers['X-Content-Type-Options'] = 'nosniff';
}
