import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * With TRUST_PROXY=on exactly one reverse proxy stands in front: the last X-Forwarded-For entry is the one it
 * appended (earlier ones are whatever the client sent), and X-Forwarded-Proto is its scheme. Off, both
 * headers are ignored, since anyone can send them.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made without a socket (app.request in tests) have no address.
    return 'unknown';
  }
}

export function requestIsHttps(c: Context, trustProxy: boolean): boolean {
  if (c.req.url.startsWith('https:')) return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}
