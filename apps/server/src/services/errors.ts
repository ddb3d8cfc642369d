import type { ZodError } from 'zod';
import { databaseUnavailableReason } from '@tidewatch/db';

export interface FieldIssue {
  path: string;
  /** English, for API clients and logs; the dashboard words the issue itself from `code` (I18N-5). */
  message: string;
  /** What is wrong, as a stable word a client can translate: zod's issue code (`too_small`, `invalid_type`...). */
  code?: string;
  /** For `too_small` / `too_big`: what the bound counts (`string` characters, `number`, `array` items...). */
  origin?: string;
  /** For `too_small` / `too_big`: the bound itself. */
  limit?: number;
}

/**
 * The one error family services throw. Each transport maps it once: HTTP to a status, Socket.IO to an ack
 * error. Anything else escaping a service is a bug and is reported as an internal error.
 */
export type ServiceErrorCode =
  | 'validation_failed'
  | 'unprocessable'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  /** More than a verb takes in one request (objects in a bundle); the body-size limit answers the same status. */
  | 'payload_too_large'
  | 'rate_limited'
  | 'unavailable';

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** Extra data for the client, e.g. the current version in a conflict. */
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export function issuesFromZod(error: ZodError, prefix: string[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.') || '(body)',
    message: issue.message,
    code: issue.code,
    ...boundOf(issue),
  }));
}

// I18N-5: the bound of a size issue, so a client can say "at least 3 characters" in its own language.
function boundOf(issue: ZodError['issues'][number]): Pick<FieldIssue, 'origin' | 'limit'> {
  if (issue.code === 'too_small') return { origin: issue.origin, limit: Number(issue.minimum) };
  if (issue.code === 'too_big') return { origin: issue.origin, limit: Number(issue.maximum) };
  return {};
}

export function validationError(error: ZodError, what: string): ServiceError {
  const issues = issuesFromZod(error);
  const first = issues[0];
  const detail = first ? `: ${first.path}: ${first.message}` : '';
  return new ServiceError('validation_failed', `invalid ${what}${detail}`, issues);
}

export function forbidden(message: string): ServiceError {
  return new ServiceError('forbidden', message);
}

/** REL-9: what the viewer may not read answers exactly like what does not exist. */
export function notFound(what: string, id: string): ServiceError {
  return new ServiceError('not_found', `no ${what} ${id}`);
}

/**
 * OPS-L3: a database that is unreachable, silent or out of time is a 503 the client may retry, not an
 * internal error; anything else stays unknown (and is logged, never echoed).
 */
export function asServiceError(err: unknown): ServiceError | undefined {
  if (err instanceof ServiceError) return err;
  const reason = databaseUnavailableReason(err);
  return reason ? new ServiceError('unavailable', `${reason}; retry shortly`) : undefined;
}
