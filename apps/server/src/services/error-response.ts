import type { ApiError } from '@tidewatch/contracts';
import { sqlStateOf } from '@tidewatch/db';
import type { Logger } from '../logger.ts';
import { asServiceError, type ServiceErrorCode } from './errors.ts';

const STATUS: Record<ServiceErrorCode, number> = {
  validation_failed: 422,
  unprocessable: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
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
  const refused = dataExceptionReason(sqlStateOf(thrown));
  if (refused) {
    log.warn({ err: thrown }, 'the database refused a value from a request');
    return { status: 400, body: invalidInput('(request)', refused) };
  }
  log.error({ err: thrown }, 'unexpected error');
  return { status: 500, body: { error: { code: 'internal', message: 'internal error; see the server log' } } };
}

export function toApiError(err: unknown, log: Logger): ApiError {
  return toApiErrorWithStatus(err, log).body;
}

/**
 * VAL-1, the last line: PostgreSQL's class 22 (data exception) means the request carried a value the
 * database cannot take, which the checks in front should have caught; it is the client's 400, not our 500.
 * The reason is named by SQLSTATE, never by PostgreSQL's message, which can quote stored values.
 */
const DATA_EXCEPTIONS: Record<string, string> = {
  '22001': 'a text is too long',
  '22003': 'a number is out of range',
  '22007': 'a date or time is malformed',
  '22008': 'a date or time is out of range',
  '22021': 'a text contains a NUL character or invalid UTF-8',
  '22P02': 'a value is not valid for its type (e.g. an id that is not a UUID)',
  '22P05': 'a text contains a character that cannot be stored (e.g. a lone surrogate)',
};

function dataExceptionReason(state: string | undefined): string | undefined {
  if (state === undefined || !state.startsWith('22')) return undefined;
  return DATA_EXCEPTIONS[state] ?? `a value is not valid (SQLSTATE ${state})`;
}

/** A 400 body for a value no check further in could accept: names the field (or part of the request) and why. */
export function invalidInput(path: string, reason: string): ApiError {
  return { error: { code: 'invalid_input', message: `${path}: ${reason}`, issues: [{ path, message: reason }] } };
}
