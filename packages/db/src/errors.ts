/** Raised when another process already holds the embedded database folder. */
export class DatabaseLockedError extends Error {
  override readonly name = 'DatabaseLockedError';
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Tidewatch process (pid ${holderPid}). ` +
        'Stop that process, or give this one its own DATA_DIR, or point both at PostgreSQL with DATABASE_URL.',
    );
  }
}

/** The SQLSTATE of a PostgreSQL error, wherever it sits in the cause chain (Drizzle wraps the driver's error). */
export function sqlStateOf(err: unknown): string | undefined {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
