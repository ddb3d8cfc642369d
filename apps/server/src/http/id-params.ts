import type { MiddlewareHandler } from 'hono';
import { invalidInput } from '../services/error-response.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * VAL-1: path ids of rows keyed by a uuid column (annotations, watchlists and entries, consignments, users,
 * keys) must be UUIDs, else PostgreSQL fails the cast and the request was a 500. A malformed id answers 400
 * naming the parameter; a well-formed one nobody may read still answers 404 (REL-9).
 */
export function uuidParams(...names: string[]): MiddlewareHandler {
  return async (c, next) => {
    for (const name of names) {
      const value = c.req.param(name);
      if (value !== undefined && !UUID.test(value)) return c.json(invalidInput(name, 'must be a UUID'), 400);
    }
    return next();
  };
}
