/**
 * STIX timestamps are RFC 3339 in UTC with a `Z`, and `created`/`modified` need millisecond precision; our
 * stored strings come from PostgreSQL (`+00:00`) or clients, so every one is rewritten through Date.
 */
export function toStixTimestamp(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`not a timestamp: ${value}`);
  return new Date(ms).toISOString();
}

/** The later of two STIX timestamps (both in toStixTimestamp's form, which sorts as text). */
export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}

/** A STIX timestamp moved forward by whole milliseconds. */
export function plusMilliseconds(stixTimestamp: string, ms: number): string {
  return new Date(Date.parse(stixTimestamp) + ms).toISOString();
}

const STIX_TIMESTAMP = /^\d{4}-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z$/;

/** Whether a value is a STIX timestamp that also names a real instant (2026-02-30 passes the pattern only). */
export function isStixTimestamp(value: unknown): value is string {
  return typeof value === 'string' && STIX_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}
