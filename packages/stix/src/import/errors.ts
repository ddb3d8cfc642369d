import type { z } from 'zod';

/** Why one object of a bundle was not imported: its position, what it claimed to be, the field and reason. */
export interface ObjectError {
  /** Position in the bundle's `objects`; -1 for a fault of the bundle itself. */
  index: number;
  id?: string;
  type?: string;
  /** Dotted path of the offending property ('' for the object as a whole). */
  field: string;
  reason: string;
}

/** A fault found while reading one object, before its position is known. */
export interface FieldFault {
  field: string;
  reason: string;
}

export type Read<T> = { ok: true; value: T } | { ok: false; faults: FieldFault[] };

export const ok = <T>(value: T): Read<T> => ({ ok: true, value });
export const fail = <T>(field: string, reason: string): Read<T> => ({ ok: false, faults: [{ field, reason }] });

/** The issues of a failed zod parse as faults, each path under `prefix`. */
export function faultsOf(error: z.ZodError, prefix: string): FieldFault[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.'),
    reason: issue.message,
  }));
}

/** Parses with a schema, reporting the issues under `prefix`. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, prefix: string): Read<T> {
  const result = schema.safeParse(value);
  return result.success ? ok(result.data) : { ok: false, faults: faultsOf(result.error, prefix) };
}
