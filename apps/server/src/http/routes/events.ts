import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { EventEditInput, EventQuery } from '@tidewatch/contracts';
import { limitBody } from '../body-limit.ts';
import { ingestEvent } from '../../services/events/ingest-events.ts';
import { countEvents, getEvent, listEvents } from '../../services/events/query-events.ts';
import { exportEvents } from '../../services/events/export-events.ts';
import { TriageInput } from '../../services/events/triage-event.ts';
import { triageEvent } from '../../services/events/triage-event.ts';
import { editEvent } from '../../services/events/edit-event.ts';
import { jsonBody } from '../json-body.ts';
import { rctx, type AppEnv } from '../request-context.ts';
import { apiRoute, apiRouter } from '../openapi/api-router.ts';
import { named } from '../openapi/components.ts';
import { EventCreated, EventInput, EventPage, IntelEvent } from '../openapi/components.ts';
import {
  errorResponse,
  invalidBody,
  invalidQuery,
  jsonRequestBody,
  jsonResponse,
  stale,
} from '../openapi/responses.ts';

const EventListQuery = EventQuery.extend({
  kind: EventQuery.shape.kind.describe('Comma-separated event kinds, e.g. seizure,interdiction'),
  from: EventQuery.shape.from.describe('Earliest occurredAt (ISO 8601 with zone)'),
  to: EventQuery.shape.to.describe('Latest occurredAt (ISO 8601 with zone)'),
  bbox: EventQuery.shape.bbox.describe('minLon,minLat,maxLon,maxLat in degrees'),
  q: EventQuery.shape.q.describe('Full-text search in title, summary and place'),
  limit: EventQuery.shape.limit.describe('Page size, 1-500 (default 100)'),
  cursor: EventQuery.shape.cursor.describe('nextCursor of the previous page'),
});
const ExportQuery = EventListQuery.extend({
  format: z.enum(['csv', 'ndjson'], { error: 'csv or ndjson' }).optional().describe('csv or ndjson (the default)'),
});
const EventId = z.object({ id: z.string() });

/** REST v1 events: routes only adapt HTTP to the service verbs, which authorize. */
export function eventRoutes(bodyLimitBytes: number): OpenAPIHono<AppEnv> {
  const app = apiRouter();

  app.openapi(
    apiRoute({
      method: 'post',
      path: '/',
      summary: 'Submit an intelligence event',
      description:
        'Idempotent when the client supplies an id (UUIDv7 or ULID): the event is stored under that id scoped to the owning agency (the answer names it), and a repeat by the same agency returns its stored event (REL-12).',
      middleware: [limitBody(bodyLimitBytes), jsonBody()] as const,
      request: { body: jsonRequestBody(EventInput) },
      responses: {
        201: jsonResponse(EventCreated, 'Stored and published'),
        200: jsonResponse(EventCreated, 'An event with this id was already stored; nothing new was stored'),
        400: errorResponse('Malformed JSON'),
        413: errorResponse('Body over the size limit'),
        415: errorResponse('Not application/json'),
        422: errorResponse('A field broke a rule; `issues` names each field and the reason'),
      },
    }),
    async (c) => {
      const { event, created } = await ingestEvent({ ctx: rctx(c), input: await c.req.json() });
      if (created)
        return c.json({ id: event.id, seq: event.seq, created }, 201, { Location: `/api/v1/events/${event.id}` });
      return c.json({ id: event.id, seq: event.seq, created, event }, 200);
    },
  );

  app.openapi(
    apiRoute({
      method: 'get',
      path: '/',
      summary: 'List events, newest first',
      request: { query: EventListQuery },
      responses: { 200: jsonResponse(EventPage, 'A page of events'), 422: invalidQuery },
    }),
    async (c) => c.json(await listEvents({ ctx: rctx(c), query: c.req.query() }), 200),
  );

  app.openapi(
    apiRoute({
      method: 'get',
      path: '/count',
      summary: 'Count events matching the filters that the caller may read',
      request: { query: EventListQuery },
      responses: { 200: jsonResponse(z.object({ count: z.number().int() }), '{count}'), 422: invalidQuery },
    }),
    async (c) => c.json(await countEvents({ ctx: rctx(c), query: c.req.query() }), 200),
  );

  app.openapi(
    apiRoute({
      method: 'get',
      path: '/export',
      summary: 'Export readable events matching the filters (format=csv|ndjson); audited',
      request: { query: ExportQuery },
      responses: {
        200: {
          description: 'A file',
          content: { 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: z.string() } },
        },
        403: errorResponse('No export permission'),
        422: invalidQuery,
      },
    }),
    async (c) => {
      const { format = 'ndjson', ...query } = c.req.query();
      const lines = exportEvents({ ctx: rctx(c), query, format: format === 'csv' ? 'csv' : 'ndjson' });
      // Pull the first chunk before answering so an authorization or query error is a proper status, not a cut stream.
      const first = await lines.next();
      c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
      c.header('Content-Disposition', `attachment; filename="tidewatch-events.${format === 'csv' ? 'csv' : 'ndjson'}"`);
      return stream(c, async (out) => {
        if (!first.done) await out.write(first.value);
        for await (const line of lines) await out.write(line);
      });
    },
  );

  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{id}',
      summary: 'One event by id',
      request: { params: EventId },
      responses: { 200: jsonResponse(IntelEvent, 'The event'), 404: errorResponse('No such event') },
    }),
    async (c) => c.json(await getEvent({ ctx: rctx(c), id: c.req.valid('param').id }), 200),
  );

  app.openapi(
    apiRoute({
      method: 'patch',
      path: '/{id}/triage',
      summary: 'Set triage status and assignee; names the version it is based on',
      middleware: [jsonBody()] as const,
      request: { params: EventId, body: jsonRequestBody(named(TriageInput, 'TriageInput')) },
      responses: { 200: jsonResponse(IntelEvent, 'Updated'), 409: stale, 422: invalidBody },
    }),
    async (c) =>
      c.json(await triageEvent({ ctx: rctx(c), id: c.req.valid('param').id, input: await c.req.json() }), 200),
  );

  app.openapi(
    apiRoute({
      method: 'patch',
      path: '/{id}',
      summary:
        "The owning agency edits its event's title, summary or release; names the version it is based on. Partners get the new version, or withdraw the event where the release no longer reaches them (FED-13, FED-14)",
      middleware: [jsonBody()] as const,
      request: { params: EventId, body: jsonRequestBody(named(EventEditInput, 'EventEditInput')) },
      responses: { 200: jsonResponse(IntelEvent, 'Updated'), 409: stale, 422: invalidBody },
    }),
    async (c) => c.json(await editEvent({ ctx: rctx(c), id: c.req.valid('param').id, input: await c.req.json() }), 200),
  );

  return app;
}
