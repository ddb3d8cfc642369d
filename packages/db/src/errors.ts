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
