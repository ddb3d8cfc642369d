import { Hono } from 'hono';
import { limitBody } from '../http/body-limit.ts';
import type { AppEnv } from '../http/request-context.ts';
import type { FeedManager } from './feed-manager.ts';
import { ingestNmea, listFeeds } from './feed-verbs.ts';

/** GET /api/v1/feeds (live statistics) and POST /api/v1/feeds/:name/nmea (NMEA text in, counts out). */
export function feedRoutes(feeds: FeedManager, bodyLimitBytes: number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => c.json(listFeeds({ feeds, principal: c.get('rctx') })));

  app.post('/:name/nmea', limitBody(bodyLimitBytes), async (c) => {
    if (!/^text\/plain\b/i.test(c.req.header('content-type') ?? '')) {
      return c.json(
        { error: { code: 'unsupported_media_type', message: 'send NMEA lines as Content-Type: text/plain' } },
        415,
      );
    }
    return c.json(ingestNmea({ feeds, principal: c.get('rctx'), name: c.req.param('name'), text: await c.req.text() }));
  });

  return app;
}
