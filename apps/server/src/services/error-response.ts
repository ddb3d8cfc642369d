import type { ApiError } from '@tidewatch/contracts';
import type { Logger } from '../logger.ts';
import { asServiceError, type ServiceErrorCode } from './errors.ts';

const STATUS: Record<ServiceErrorCode, number> = {
  validation_failed: 422,
  unprocessable: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  unavailable: 503,
};

/** Maps any thrown value to the wire error and its HTTP status; unknown errors are logged, never echoed. */
export function toApiErrorWithStatus(thrown: unknown, log: Logger): { status: number; body: ApiError } {
  const err = asServiceError(thrown);
  if (err) {
    if (err.code === 'unavailable' && err !== thrown) log.warn({ err: thrown }, 'database unavailable');
    return {
      status: STATUS[err.code],
      body: {
        error: {
          code: err.code,
          message: err.message,
          ...(err.issues.length > 0 ? { issues: err.issues } : {}),
          ...(err.detail ? { detail: err.detail } : {}),
        },
      },
    };
  }
  log.error({ err: thrown }, 'unexpected error');
  return { status: 500, body: { error: { code: 'internal', message: 'internal error; see the server log' } } };
}

export function toApiError(err: unknown, log: Logger): ApiError {
  return toApiErrorWithStatus(err, log).body;
}
