import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServiceContext } from '../../services/context.ts';
import { ingestEvent } from '../../services/events/ingest-events.ts';
import { getEvent, listEvents } from '../../services/events/query-events.ts';
import { readJsonBody } from '../json-body.ts';

/** REST v1 events: routes only adapt HTTP to the service verbs. */
export function eventRoutes(ctx: ServiceContext, bodyLimitBytes: number): Hono {
  const app = new Hono();

  app.post(
    '/',
    bodyLimit({
      maxSize: bodyLimitBytes,
      onError: (c) =>
        c.json({ error: { code: 'payload_too_large', message: `the body is over ${bodyLimitBytes} bytes` } }, 413),
    }),
    async (c) => {
      const body = await readJsonBody(c);
      if (body.ok === false) return body.response;
      const { event, created } = await ingestEvent({ ctx, input: body.value });
      if (created) return c.json({ id: event.id, seq: event.seq, created }, 201, { Location: `/api/v1/events/${event.id}` });
      return c.json({ id: event.id, seq: event.seq, created, event }, 200);
    },
  );

  app.get('/', async (c) => c.json(await listEvents({ ctx, query: c.req.query() })));

  app.get('/:id', async (c) => c.json(await getEvent({ ctx, id: c.req.param('id') })));

  return app;
}
