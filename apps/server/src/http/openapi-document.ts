import { z } from 'zod';
import { ApiError, EventCreated, EventInput, EventPage, EventQuery, IntelEvent } from '@tidewatch/contracts';

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}

const QUERY_DESCRIPTIONS: Record<keyof typeof EventQuery.shape, string> = {
  kind: 'Comma-separated event kinds, e.g. seizure,interdiction',
  from: 'Earliest occurredAt (ISO 8601 with zone)',
  to: 'Latest occurredAt (ISO 8601 with zone)',
  bbox: 'minLon,minLat,maxLon,maxLat in degrees',
  q: 'Full-text search in title, summary and place',
  limit: 'Page size, 1-500 (default 100)',
  cursor: 'nextCursor of the previous page',
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
});

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const queryParameters = Object.entries(EventQuery.shape).map(([name, field]) => ({
    name,
    in: 'query',
    required: false,
    description: QUERY_DESCRIPTIONS[name as keyof typeof QUERY_DESCRIPTIONS],
    schema: schemaOf(field as z.ZodType, 'input'),
  }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tidewatch API',
      version: '1.0.0',
      description:
        'Shared intelligence events for joint border-security operations. Events are also streamed over ' +
        'Socket.IO at /socket.io: connect with auth {since: <last seq seen>} to resume without gaps.',
    },
    paths: {
      '/api/v1/events': {
        post: {
          summary: 'Submit an intelligence event',
          description: 'Idempotent when the client supplies an id (UUIDv7 or ULID): a repeat returns the stored event.',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/EventInput' } } } },
          responses: {
            '201': { description: 'Stored and published', content: { 'application/json': { schema: { $ref: '#/components/schemas/EventCreated' } } } },
            '200': { description: 'An event with this id was already stored; nothing new was stored', content: { 'application/json': { schema: { $ref: '#/components/schemas/EventCreated' } } } },
            '400': errorResponse('Malformed JSON'),
            '413': errorResponse('Body over the size limit'),
            '415': errorResponse('Not application/json'),
            '422': errorResponse('A field broke a rule; `issues` names each field and the reason'),
          },
        },
        get: {
          summary: 'List events, newest first',
          parameters: queryParameters,
          responses: {
            '200': { description: 'A page of events', content: { 'application/json': { schema: { $ref: '#/components/schemas/EventPage' } } } },
            '422': errorResponse('A query parameter broke a rule'),
          },
        },
      },
      '/api/v1/events/{id}': {
        get: {
          summary: 'One event by id',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The event', content: { 'application/json': { schema: { $ref: '#/components/schemas/IntelEvent' } } } },
            '404': errorResponse('No such event'),
          },
        },
      },
      '/healthz': { get: { summary: 'Liveness: the process answers', responses: { '200': { description: 'Alive' } } } },
      '/readyz': {
        get: {
          summary: 'Readiness: the database (and Redis when configured) answer',
          responses: { '200': { description: 'Ready' }, '503': { description: 'A dependency is down' } },
        },
      },
    },
    components: {
      schemas: {
        EventInput: schemaOf(EventInput, 'input'),
        IntelEvent: schemaOf(IntelEvent, 'output'),
        EventPage: schemaOf(EventPage, 'output'),
        EventCreated: schemaOf(EventCreated, 'output'),
        ApiError: schemaOf(ApiError, 'output'),
      },
    },
  };
}
