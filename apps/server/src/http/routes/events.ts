import { Hono } from 'hono';
import { limitBody } from '../body-limit.ts';
import { stream } from 'hono/streaming';
import { ingestEvent } from '../../services/events/ingest-events.ts';
import { countEvents, getEvent, listEvents } from '../../services/events/query-events.ts';
import { exportEvents } from '../../services/events/export-events.ts';
import { triageEvent } from '../../services/events/triage-event.ts';
import { readJsonBody } from '../json-body.ts';
import { rctx, type AppEnv } from '../request-context.ts';

/** REST v1 events: routes only adapt HTTP to the service verbs, which authorize. */
export function eventRoutes(bodyLimitBytes: number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/', limitBody(bodyLimitBytes), async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    const { event, created } = await ingestEvent({ ctx: rctx(c), input: body.value });
    if (created)
      return c.json({ id: event.id, seq: event.seq, created }, 201, { Location: `/api/v1/events/${event.id}` });
    return c.json({ id: event.id, seq: event.seq, created, event }, 200);
  });

  app.get('/', async (c) => c.json(await listEvents({ ctx: rctx(c), query: c.req.query() })));

  app.get('/count', async (c) => c.json(await countEvents({ ctx: rctx(c), query: c.req.query() })));

  app.get('/export', async (c) => {
    const { format = 'ndjson', ...query } = c.req.query();
    if (format !== 'csv' && format !== 'ndjson') {
      return c.json(
        {
          error: {
            code: 'validation_failed',
            message: 'format is csv or ndjson',
            issues: [{ path: 'format', message: 'csv or ndjson' }],
          },
        },
        422,
      );
    }
    const lines = exportEvents({ ctx: rctx(c), query, format });
    // Pull the first chunk before answering so an authorization or query error is a proper status, not a cut stream.
    const first = await lines.next();
    c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
    c.header('Content-Disposition', `attachment; filename="tidewatch-events.${format === 'csv' ? 'csv' : 'ndjson'}"`);
    return stream(c, async (out) => {
      if (!first.done) await out.write(first.value);
      for await (const line of lines) await out.write(line);
    });
  });

  app.get('/:id', async (c) => c.json(await getEvent({ ctx: rctx(c), id: c.req.param('id') })));

  app.patch('/:id/triage', async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await triageEvent({ ctx: rctx(c), id: c.req.param('id'), input: body.value }));
  });

  return app;
}
