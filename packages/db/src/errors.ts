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
