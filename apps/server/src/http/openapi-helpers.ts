import { z } from 'zod';

/** Building blocks of the OpenAPI document; every schema is generated from the zod contract that validates it. */

export function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('ApiError') } },
});
export const json = (name: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
export const jsonList = (name: string, description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'array', items: ref(name) } } },
});
export const body = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
export const idParam = (name: string, description?: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
  ...(description ? { description } : {}),
});

interface JsonObjectSchema {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
}

/**
 * One query parameter per field of a zod object, with its JSON schema; a field's own description (or the
 * one given here) says what it means.
 */
export function queryParams(schema: z.ZodType, descriptions: Partial<Record<string, string>> = {}) {
  const json = schemaOf(schema, 'input') as JsonObjectSchema;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, field]) => {
    const description = descriptions[name] ?? (typeof field.description === 'string' ? field.description : undefined);
    return { name, in: 'query', required: required.has(name), ...(description ? { description } : {}), schema: field };
  });
}
