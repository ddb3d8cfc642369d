/** Tiny runtime checks for JSON the server returns where no shared zod schema exists (admin DTOs). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' ? value : null;
}

export function strOr(record: Record<string, unknown>, key: string, fallback: string): string {
  return str(record, key) ?? fallback;
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Parses each element, dropping the ones that fail; null when the value is not an array at all. */
export function arrayOf<T>(value: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const out: T[] = [];
  for (const item of value) {
    const parsed = parse(item);
    if (parsed !== null) out.push(parsed);
  }
  return out;
}

/** A zod schema as a response parser: the parsed value, or null when the body does not match. */
export function parser<T>(schema: {
  safeParse: (raw: unknown) => { success: true; data: T } | { success: false };
}): (raw: unknown) => T | null {
  return (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
}
