import { z } from '@hono/zod-openapi';
import { ApiError } from './components.ts';

/** Pieces of route declarations that many routes share. */

export function jsonResponse<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function errorResponse(description: string) {
  return jsonResponse(ApiError, description);
}

export function jsonRequestBody<S extends z.ZodType>(schema: S, description?: string) {
  return { required: true, ...(description ? { description } : {}), content: { 'application/json': { schema } } };
}

/** A body in another media type (CSV, NMEA text, a printable document): documented, read by the handler. */
export function textContent(mediaType: string, description: string, format?: 'binary') {
  return { description, content: { [mediaType]: { schema: z.string().openapi(format ? { format } : {}) } } };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * VAL-1: path ids of rows keyed by a uuid column must be UUIDs, else PostgreSQL fails the cast and the request
 * was a 500. A malformed id answers 400 naming the parameter; a well-formed one nobody may read still answers
 * 404 (REL-9).
 */
export const UuidParam = z.string().regex(UUID, 'must be a UUID');

export const invalidQuery = errorResponse('A query parameter broke a rule; `issues` names it and the reason');
export const invalidBody = errorResponse('A field broke a rule; `issues` names each field and the reason');
export const notReadable = errorResponse('Not there, or not released to the caller');
export const stale = errorResponse('Changed since baseVersion; detail.current holds it');
