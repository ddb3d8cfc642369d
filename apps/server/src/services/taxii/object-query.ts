import { z } from 'zod';
import { validationError } from '../errors.ts';

/** The most objects one page carries, whatever `limit` asks (TAXII lets a server answer fewer). */
export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 100;

const RFC3339_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;

/** A TAXII/STIX timestamp (RFC 3339, UTC, `Z`) that names a real instant in years 0001-9999. */
const Timestamp = z.string().refine((value) => {
  const m = RFC3339_UTC.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  if (!y || !mo || !d || h === undefined || mi === undefined || s === undefined) return false;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCDate() === d && date.getUTCMonth() === mo - 1 && h < 24 && mi < 60 && s < 60;
}, 'an RFC 3339 UTC timestamp such as 2026-01-31T12:00:00.000Z');

const StixId = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,249}--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'a STIX id type--UUID',
  );
const StixType = z.string().regex(/^[a-z][a-z0-9-]{0,249}$/, 'a STIX type name');
const VersionMatch = z.union([z.enum(['first', 'last', 'all']), Timestamp]);
const SpecVersion = z.string().regex(/^\d\.\d$/, 'a spec version such as 2.1');

/** A comma-separated list (repeated parameters are joined first), at most 100 values. */
function list<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .transform((value) => value.split(','))
    .pipe(z.array(item).min(1).max(100));
}

const ObjectQuerySchema = z.object({
  added_after: Timestamp.optional(),
  limit: z
    .string()
    .regex(/^\d{1,9}$/, 'a positive whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'at least 1'))
    .optional(),
  next: z.string().max(200).optional(),
  'match[id]': list(StixId).optional(),
  'match[type]': list(StixType).optional(),
  'match[version]': list(VersionMatch).optional(),
  'match[spec_version]': list(SpecVersion).optional(),
});

export interface ObjectQuery {
  addedAfter?: string | undefined;
  limit: number;
  next?: string | undefined;
  ids?: string[] | undefined;
  types?: string[] | undefined;
  /** Default `last` (TAXII 2.1 s.3.4.1). */
  versions: string[];
  specVersions?: string[] | undefined;
}

/**
 * Parses TAXII's URL parameters. Repeated parameters join with commas (as one comma list); parameters TAXII
 * does not define are ignored, as the spec asks of filters a server does not support.
 */
export function parseObjectQuery(params: Record<string, string[]>): ObjectQuery {
  const joined: Record<string, string> = {};
  for (const [key, values] of Object.entries(params)) joined[key] = values.join(',');
  const parsed = ObjectQuerySchema.safeParse(joined);
  if (!parsed.success) throw validationError(parsed.error, 'TAXII query');
  const q = parsed.data;
  return {
    addedAfter: q.added_after,
    limit: Math.min(q.limit ?? DEFAULT_PAGE, MAX_PAGE),
    next: q.next,
    ids: q['match[id]'],
    types: q['match[type]'],
    versions: q['match[version]'] ?? ['last'],
    specVersions: q['match[spec_version]'],
  };
}
