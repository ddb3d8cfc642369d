import type { ZodError } from 'zod';

export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * The one error family services throw. Each transport maps it once: HTTP to a status, Socket.IO to an ack
 * error. Anything else escaping a service is a bug and is reported as an internal error.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: 'validation_failed' | 'unprocessable' | 'not_found' | 'conflict' | 'unavailable',
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export function issuesFromZod(error: ZodError, prefix: string[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.') || '(body)',
    message: issue.message,
  }));
}

export function validationError(error: ZodError, what: string): ServiceError {
  const issues = issuesFromZod(error);
  const first = issues[0];
  const detail = first ? `: ${first.path}: ${first.message}` : '';
  return new ServiceError('validation_failed', `invalid ${what}${detail}`, issues);
}
