import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { limitBody } from '../http/body-limit.ts';
import { apiRouter } from '../http/openapi/api-router.ts';
import { FeedList, NmeaPostResult } from '../http/openapi/components.ts';
import { errorResponse, jsonResponse, notReadable, textContent } from '../http/openapi/responses.ts';
import type { AppEnv } from '../http/request-context.ts';
import type { FeedManager } from './feed-manager.ts';
import { ingestNmea, listFeeds } from './feed-verbs.ts';

const nmeaText: MiddlewareHandler = async (c, next) => {
  if (/^text\/plain\b/i.test(c.req.header('content-type') ?? '')) return next();
  return c.json(
    { error: { code: 'unsupported_media_type', message: 'send NMEA lines as Content-Type: text/plain' } },
    415,
  );
};

/** GET /api/v1/feeds (live statistics) and POST /api/v1/feeds/:name/nmea (NMEA text in, counts out). */
export function feedRoutes(feeds: FeedManager, bodyLimitBytes: number): OpenAPIHono<AppEnv> {
  const app = apiRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'Live statistics of every AIS feed',
      responses: { 200: jsonResponse(FeedList, 'The feeds') },
    }),
    (c) => c.json(listFeeds({ feeds, principal: c.get('rctx') }), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{name}/nmea',
      summary: 'Push NMEA sentences into an HTTP feed (needs the feeds:write scope)',
      middleware: [limitBody(bodyLimitBytes), nmeaText] as const,
      request: {
        params: z.object({ name: z.string().describe('The name of a feed of kind http') }),
        body: { required: true, ...textContent('text/plain', 'NMEA 0183 lines (!AIVDM ...)') },
      },
      responses: {
        200: jsonResponse(NmeaPostResult, 'What was read'),
        403: errorResponse('No feeds:write scope'),
        404: notReadable,
        413: errorResponse('Body over the size limit'),
        415: errorResponse('Not text/plain'),
      },
    }),
    async (c) =>
      c.json(
        ingestNmea({ feeds, principal: c.get('rctx'), name: c.req.valid('param').name, text: await c.req.text() }),
        200,
      ),
  );

  return app;
}
