import { ServiceError } from '../../services/errors.ts';

/**
 * The POST form of a trend query (DATA-3) in the GET form's terms, so both go through one schema: lists may
 * come as arrays, the area as a GeoJSON object, numbers as numbers. Anything else is passed on untouched for the
 * schema to refuse by name.
 */
export function trendBodyAsQuery(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ServiceError('validation_failed', 'the body is a JSON object of trend filters', [
      { path: '(body)', message: 'a JSON object' },
    ]);
  }
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) query[key] = value.join(',');
    else if (typeof value === 'number') query[key] = String(value);
    else if (key === 'area' && typeof value === 'object' && value !== null) query[key] = JSON.stringify(value);
    else query[key] = value;
  }
  return query;
}
