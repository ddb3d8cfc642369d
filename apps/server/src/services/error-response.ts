import type { ApiError } from '@tidewatch/contracts';
import type { Logger } from '../logger.ts';
import { ServiceError } from './errors.ts';

const STATUS: Record<ServiceError['code'], number> = {
  validation_failed: 422,
  unprocessable: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

/** Maps any thrown value to the wire error and its HTTP status; unknown errors are logged, never echoed. */
export function toApiErrorWithStatus(err: unknown, log: Logger): { status: number; body: ApiError } {
  if (err instanceof ServiceError) {
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
  log.error({ err }, 'unexpected error');
  return { status: 500, body: { error: { code: 'internal', message: 'internal error; see the server log' } } };
}

export function toApiError(err: unknown, log: Logger): ApiError {
  return toApiErrorWithStatus(err, log).body;
}
