import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../../logger.ts';
import { toApiErrorWithStatus } from '../../services/error-response.ts';
import { TAXII_MEDIA_TYPE } from '../../services/taxii/taxii-context.ts';

/** The TAXII error message (TAXII 2.1 s.3.6.1): every TAXII failure answers with one (TAXII-1). */
export interface TaxiiError {
  title: string;
  description?: string;
  error_code?: string;
  http_status: string;
  details?: Record<string, unknown>;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Unprocessable',
  429: 'Too many requests',
  503: 'Service unavailable',
};

/** A TAXII resource with its media type, never cached (SEC-2). */
export function taxiiJson(c: Context, body: unknown, status: ContentfulStatusCode = 200): Response {
  c.header('Cache-Control', 'no-store');
  return c.body(JSON.stringify(body), status, { 'Content-Type': TAXII_MEDIA_TYPE });
}

export function taxiiError(
  c: Context,
  status: number,
  description: string,
  extra: Partial<Pick<TaxiiError, 'error_code' | 'details'>> = {},
): Response {
  const body: TaxiiError = {
    title: TITLES[status] ?? 'Error',
    description,
    http_status: String(status),
    ...extra,
  };
  return taxiiJson(c, body, status as ContentfulStatusCode);
}

/**
 * Any thrown value as a TAXII error. A refused query or envelope is a 400 (TAXII's status for bad parameters);
 * everything else keeps the status every other API gives it (service errors, database refusals, 503).
 */
export function taxiiErrorFrom(c: Context, thrown: unknown, log: Logger): Response {
  const { status, body } = toApiErrorWithStatus(thrown, log);
  const code = body.error.code;
  const issues = 'issues' in body.error ? body.error.issues : undefined;
  return taxiiError(c, code === 'validation_failed' ? 400 : status, body.error.message, {
    error_code: code,
    ...(issues ? { details: { issues } } : {}),
  });
}
