/**
 * SEC-2: errors reach the log without the values they were about. drizzle's DrizzleQueryError carries the
 * statement's parameters in `params` and in its message (and so in its stack), and PostgreSQL's `detail`
 * names key values ("Key (username)=(jca.analyst) already exists"): RED text and usernames ended up in
 * the log. What is kept is enough to diagnose: names, messages without values, SQLSTATE, constraint and
 * table, the statement with its placeholders, the stack frames.
 */
const KEPT_DATABASE_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'routine'] as const;
const MAX_CAUSES = 5;

interface SafeError {
  type: string;
  message: string;
  stack?: string;
  query?: string;
  cause?: SafeError;
  [field: string]: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** PostgreSQL class 22 (data exception) messages quote the offending value: `invalid input syntax for type uuid: "..."`. */
function safeMessage(err: Record<string, unknown>): string {
  const message = typeof err.message === 'string' ? err.message : String(err.message);
  if (typeof err.query === 'string' && 'params' in err) return `Failed query: ${err.query}`;
  if (typeof err.code === 'string' && err.code.startsWith('22'))
    return message.replace(/:\s.*$/s, ': [value redacted]');
  return message;
}

/** The stack's first lines repeat the message, so they are rewritten with the safe one. */
function safeStack(stack: unknown, header: string): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.indexOf('\n    at ');
  return frames === -1 ? header : header + stack.slice(frames);
}

export function safeError(err: unknown, depth = 0): SafeError {
  if (!isRecord(err)) return { type: typeof err, message: '[non-error value redacted]' };
  const type = typeof err.name === 'string' ? err.name : (err.constructor?.name ?? 'Error');
  const message = safeMessage(err);
  const safe: SafeError = { type, message };
  const stack = safeStack(err.stack, `${type}: ${message}`);
  if (stack) safe.stack = stack;
  if (typeof err.query === 'string') safe.query = err.query;
  for (const field of KEPT_DATABASE_FIELDS) if (typeof err[field] === 'string') safe[field] = err[field];
  if (err.cause !== undefined && depth < MAX_CAUSES) safe.cause = safeError(err.cause, depth + 1);
  return safe;
}
