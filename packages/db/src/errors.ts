/** Raised when another process already holds the embedded database folder. */
export class DatabaseLockedError extends Error {
  override readonly name = 'DatabaseLockedError';
  constructor(
    readonly dataDir: string,
    /** `null` when the holder is alive but did not say who it is. */
    readonly holderPid: number | null,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Tidewatch process (${holderPid === null ? 'pid unknown' : `pid ${holderPid}`}). ` +
        'Stop that process, or give this one its own DATA_DIR, or point both at PostgreSQL with DATABASE_URL.',
    );
  }
}

/** The SQLSTATE of a PostgreSQL error, wherever it sits in the cause chain (Drizzle wraps the driver's error). */
export function sqlStateOf(err: unknown): string | undefined {
  // Bounded: a `cause` chain can be cyclic, and drizzle wraps the driver's error only a level or two deep.
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

// SQLSTATEs that mean "the database is away or gave up", not "this statement is wrong": connection
// exceptions (class 08, matched by prefix), the server shutting down or terminating the session, no
// connection slot left. Statement and lock timeouts (57014, 55P03) are told apart as "did not answer in time".
const UNAVAILABLE_SQLSTATES = new Set(['57014', '57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_NET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// pg reports its own timeouts and lost connections by message only.
const UNAVAILABLE_MESSAGES = [
  /^Query read timeout/,
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
  /Client was closed and is not queryable/,
];

/**
 * Why the database could not serve, when the error means it is unreachable, silent, cut off or out of
 * time (walking drizzle's `cause` chain); undefined for any other error. The reason is generic on purpose:
 * it never carries the statement or its values.
 */
export function databaseUnavailableReason(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = 'code' in e && typeof e.code === 'string' ? e.code : undefined;
    if (code === '57014' || code === '55P03' || /^Query read timeout/.test(e.message))
      return 'the database did not answer in time';
    if (code?.startsWith('08') || (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NET_CODES.has(code))))
      return 'the database is unreachable';
    if (UNAVAILABLE_MESSAGES.some((m) => m.test(e.message))) return 'the database is unreachable';
  }
  return undefined;
}
