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

/**
 * Whether a value is a STIX timestamp naming a real calendar day: 2026-02-30 passes the pattern, and
 * Date.parse quietly reads it as 2 March, so the day is checked against what Date made of it. A leap second
 * (:60) is let through as the pattern allows it.
 */
export function isStixTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !STIX_TIMESTAMP.test(value)) return false;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return false;
  return value.slice(17, 19) === '60' || new Date(ms).toISOString().slice(0, 10) === value.slice(0, 10);
}
