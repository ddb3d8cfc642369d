import fc from 'fast-check';

/** A JSON schema as z.toJSONSchema and the OpenAPI document write it. */
export type JsonSchema = { [key: string]: unknown };

const MAX_DEPTH = 6;

function asSchema(value: unknown): JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonSchema) : {};
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/**
 * Values that fit a schema (mostly): the fuzz starts from plausible bodies so that it reaches past the first
 * type check into the services and the database, where the 500s were.
 */
export function arbitraryFor(schema: JsonSchema, defs: Record<string, JsonSchema>, depth = 0): fc.Arbitrary<unknown> {
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const name = ref.split('/').pop() ?? '';
    const target = defs[name] ?? asSchema(asSchema(schema.$defs)[name]);
    return depth > MAX_DEPTH ? fc.constant(null) : fc.constant(null).chain(() => arbitraryFor(target, defs, depth + 1));
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (
    Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined
  ) as unknown[] | undefined;
  if (alternatives && alternatives.length > 0)
    return fc.oneof(...alternatives.map((s) => arbitraryFor(asSchema(s), defs, depth + 1)));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0)
    return arbitraryFor(asSchema(schema.allOf[0]), defs, depth + 1);
  const type = Array.isArray(schema.type) ? (schema.type[0] as unknown) : schema.type;
  switch (type) {
    case 'string': {
      if (schema.format === 'date-time')
        return fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (schema.format === 'date')
        return fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'uuid') return fc.uuid();
      const minLength = num(schema.minLength) ?? 0;
      return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(num(schema.maxLength) ?? 24, 24)) });
    }
    case 'integer':
      return fc.integer({
        min: Math.max(num(schema.minimum) ?? -1000, -1e9),
        max: Math.min(num(schema.maximum) ?? 1000, 1e9),
      });
    case 'number':
      return fc.double({
        min: num(schema.minimum) ?? -1000,
        max: num(schema.maximum) ?? 1000,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > MAX_DEPTH) return fc.constant([]);
      const minLength = num(schema.minItems) ?? 0;
      return fc.array(arbitraryFor(asSchema(schema.items), defs, depth + 1), {
        minLength,
        maxLength: Math.max(minLength, Math.min(num(schema.maxItems) ?? 3, 3)),
      });
    }
    case 'object': {
      if (depth > MAX_DEPTH) return fc.constant({});
      const properties = asSchema(schema.properties);
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      const shape = Object.fromEntries(
        Object.entries(properties).map(([key, s]) => [key, arbitraryFor(asSchema(s), defs, depth + 1)]),
      );
      return fc.record(shape, { requiredKeys: required.filter((k) => k in shape) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** What an attacker sends: each one answered 500 somewhere before issue 13, or could have. */
export const HOSTILE_VALUES: readonly unknown[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '0000-01-01T00:00:00Z',
  '10000-01-01T00:00:00Z',
  '+010000-01-01T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '0000-01-01',
  '9999-12-31T23:59:59.999Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  "'; drop table events; --",
  'x'.repeat(70_000),
  1e308,
  -1e308,
  2 ** 63,
  Number.MAX_SAFE_INTEGER + 2,
  -1,
  0.5,
  true,
  null,
  [],
  {},
  JSON.parse('['.repeat(200) + ']'.repeat(200)) as unknown,
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
];

/** Hostile path segments (already URL-encoded where the raw form cannot travel in a URL). */
export const HOSTILE_SEGMENTS: readonly string[] = [
  'not-a-uuid',
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%FF',
  '0000-01-01',
  '10000-12-31',
  '2026-13-45',
  'x'.repeat(3000),
  '-1',
  '99999999999999999999999',
  '1e400',
  '__proto__',
  'constructor',
  '..%2F..%2Fetc%2Fpasswd',
  '00000000-0000-0000-0000-000000000000',
  '00000000-0000-0000-0000-00000000000g',
];

/** Hostile query values; URLSearchParams encodes them as UTF-8, so a lone surrogate arrives as U+FFFD. */
export const HOSTILE_QUERY_VALUES: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '0000-01-01T00:00:00Z',
  '10000-01-01T00:00:00Z',
  '0000-01-01',
  '99999-01-01',
  '2026-02-30',
  '-1',
  '0',
  '1e400',
  '99999999999999999999999',
  'NaN',
  'not-a-uuid',
  'x'.repeat(5000),
  '1,2,3,4,5',
  '-181,-91,181,91',
  '{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,0]]]}',
  `{"type":"Polygon","coordinates":${'['.repeat(200)}${']'.repeat(200)}}`,
  '__proto__',
];

/** Query keys the API reads somewhere; the fuzz also sends ones a route does not know. */
export const QUERY_KEYS: readonly string[] = [
  'from',
  'to',
  'limit',
  'cursor',
  'q',
  'bbox',
  'kind',
  'format',
  'tz',
  'bucket',
  'bucketStart',
  'dimension',
  'key',
  'area',
  'commodity',
  'agency',
  'revision',
  'paper',
  'streamedSeq',
  'action',
  'actorId',
  'targetId',
  'beforeId',
  'status',
  'risk',
  'minRisk',
  'type',
  'watchlistId',
  'since',
  '__proto__',
];

type Path = (string | number)[];

function leaves(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => void leaves(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  return out;
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = k === head ? replaceAt(v, rest, replacement) : v;
    return copy;
  }
  return value;
}

/** A plausible value with one place (a field, an element or the whole) replaced by a hostile value. */
export function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(base, fc.nat(), fc.constantFrom(...HOSTILE_VALUES), fc.boolean())
    .map(([value, pick, hostile, addKey]) => {
      if (addKey && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        // A key the schema does not know, such as __proto__ as JSON.parse makes it (an own property).
        return { ...value, ...JSON.parse(`{"__proto__": ${JSON.stringify(hostile) ?? 'null'}, "extra\\u0000key": 1}`) };
      }
      const all = leaves(value);
      return replaceAt(value, all[pick % all.length] ?? [], hostile);
    });
}

/** Raw bodies a JSON parser must refuse cleanly. */
export const RAW_BODIES: readonly { type: string | undefined; body: string }[] = [
  { type: 'application/json', body: '{"a":' },
  { type: 'application/json', body: '' },
  { type: 'application/json', body: '{"title":"\\u0000"}' },
  { type: 'application/json', body: '{"title":"\\ud800"}' },
  { type: 'application/json', body: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}' },
  { type: 'application/json', body: '['.repeat(5000) + ']'.repeat(5000) },
  { type: 'application/json', body: '1e999999' },
  { type: 'text/plain', body: '{"a":1}' },
  { type: 'text/csv', body: 'a,b\n\u0000,\ud800' },
  { type: undefined, body: '{}' },
  { type: 'application/x-www-form-urlencoded', body: 'a=1' },
];
