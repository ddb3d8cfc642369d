import type { MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX, compress } from 'hono/compress';

// NDJSON exports are text too, though the registry's pattern does not name them.
const compressible = (type: string) =>
  COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) || /^application\/x-ndjson\b/.test(type);
const gzipOrDeflate = compress({ contentTypeFilter: compressible });

/**
 * HTTP-1: read answers of the API and TAXII go gzip- or deflate-compressed when the client accepts it (lists,
 * exports, bundles are mostly repeated keys: a fifth of their size or less). Only reads: sign-in and session
 * answers (they carry the CSRF token) and writes (API keys and device secrets are shown once in a creation's
 * answer) stay uncompressed, so no secret ever shares a compressed body with text a caller chose (BREACH).
 */
export function compressReadAnswers(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' || c.req.path.startsWith('/api/v1/auth')) return next();
    return gzipOrDeflate(c, next);
  };
}
