/**
 * The PostgreSQL wire protocol numbers a statement's bound values with 16 bits: past 65,535 the server (and
 * PGlite) refuses the statement with a protocol error (SQLSTATE 08P01), which reads as a lost connection. A
 * repository that writes many rows in one call writes them in slices that stay under it, inside the caller's
 * transaction, so they still commit together.
 */
const MAX_BOUND_VALUES = 65_535;

/** Calls `write` on consecutive slices of `rows`, each binding at most ~60,000 values of `valuesPerRow`. */
export async function writeInSlices<T>(
  rows: readonly T[],
  valuesPerRow: number,
  write: (slice: T[]) => Promise<unknown>,
): Promise<void> {
  // Headroom under the limit for the few values a statement binds besides its rows.
  const size = Math.max(1, Math.floor((MAX_BOUND_VALUES - 5_535) / valuesPerRow));
  for (let at = 0; at < rows.length; at += size) await write(rows.slice(at, at + size));
}
