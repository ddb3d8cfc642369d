import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { EventId, EventQuery, STIX_MEDIA_TYPE } from '@tidewatch/contracts';
import {
  OtherObjectsQuery,
  STIX_BUNDLE_MAX_BYTES,
  STIX_BUNDLE_MAX_OBJECTS,
  STIX_EXPORT_MAX_EVENTS,
  STIX_EXPORT_MAX_IDS,
  exportStixBundle,
  ingestStixBundle,
  listOtherStixObjects,
} from '../../services/stix-exchange/index.ts';
import { limitBody } from '../body-limit.ts';
import { jsonBody } from '../json-body.ts';
import { named, StixImportResult, StixOtherObjectPage } from '../openapi/components.ts';
import { apiRoute, apiRouter } from '../openapi/api-router.ts';
import { errorResponse, invalidBody, invalidQuery, jsonResponse } from '../openapi/responses.ts';
import { rctx, type AppEnv } from '../request-context.ts';

/** What the route checks of a bundle before the service reads it object by object (STIX-10 onwards). */
const StixBundleBody = named(
  z
    .object({
      type: z.literal('bundle', { error: 'a STIX bundle has type "bundle"' }),
      id: z.string().optional(),
      objects: z.array(z.unknown(), { error: 'a bundle lists its objects in an array' }),
    })
    .loose(),
  'StixBundle',
);

const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'], { error: 'true or false' })
    .optional()
    .describe('true: answer what the import would do and write nothing'),
});

const ExportQuery = EventQuery.omit({ limit: true, cursor: true }).extend({
  ids: z
    .string()
    .max(STIX_EXPORT_MAX_IDS * 40)
    .transform((s) => s.split(',').filter((id) => id !== ''))
    .pipe(z.array(EventId).max(STIX_EXPORT_MAX_IDS))
    .optional()
    .describe(`Comma-separated event ids (at most ${STIX_EXPORT_MAX_IDS}); with filters, both apply`),
});

/** STIX 2.1 exchange (XCH-*): import a bundle, export what the caller may read, list kept other objects. */
export function stixRoutes(): OpenAPIHono<AppEnv> {
  const app = apiRouter();

  app.openapi(
    apiRoute({
      method: 'post',
      path: '/import',
      summary: 'Import a STIX 2.1 bundle for your agency (or preview it with dryRun=true)',
      description: `Every object gets one outcome: created, updated, unchanged, kept-as-other, refused (with field and reason), skipped or reference. Items become your agency's; an object claiming another owner is refused alone (AUTH-1). At most ${STIX_BUNDLE_MAX_OBJECTS} objects and ${STIX_BUNDLE_MAX_BYTES} bytes (413).`,
      middleware: [limitBody(STIX_BUNDLE_MAX_BYTES), jsonBody()] as const,
      request: {
        query: ImportQuery,
        body: { required: true, content: { 'application/json': { schema: StixBundleBody } } },
      },
      responses: {
        200: jsonResponse(StixImportResult, 'What became of each object'),
        403: errorResponse('No permission to write events'),
        413: errorResponse('Body or object count over the limit'),
        415: errorResponse('Not JSON'),
        422: invalidBody,
      },
    }),
    async (c) => {
      const ctx = rctx(c);
      const result = await ingestStixBundle(ctx, ctx, await c.req.json(), {
        dryRun: c.req.valid('query').dryRun === 'true',
      });
      return c.json(result, 200);
    },
  );

  app.openapi(
    apiRoute({
      method: 'get',
      path: '/export',
      summary: 'Export the events you may read as a STIX 2.1 bundle (same filters as the events list, or ids)',
      description: `At most ${STIX_EXPORT_MAX_EVENTS} events, newest first; \`X-Tidewatch-Truncated: true\` when more matched. Audited as an export.`,
      request: { query: ExportQuery },
      responses: {
        200: {
          description: 'A STIX 2.1 bundle',
          content: {
            [STIX_MEDIA_TYPE]: {
              schema: z.object({
                type: z.literal('bundle'),
                id: z.string(),
                objects: z.array(z.object({ type: z.string(), id: z.string() }).loose()),
              }),
            },
          },
        },
        403: errorResponse('No export permission'),
        422: invalidQuery,
      },
    }),
    async (c) => {
      const { ids, ...query } = c.req.query();
      const parsedIds = c.req.valid('query').ids;
      const result = await exportStixBundle(rctx(c), { query, ids: ids === undefined ? undefined : parsedIds });
      const day = new Date().toISOString().slice(0, 10);
      // c.json writes the body; the header names the STIX media type in place of its application/json.
      return c.json(result.bundle, 200, {
        'Content-Type': STIX_MEDIA_TYPE,
        'Content-Disposition': `attachment; filename="tidewatch-stix-${day}.json"`,
        'X-Tidewatch-Truncated': String(result.truncated),
      });
    },
  );

  app.openapi(
    apiRoute({
      method: 'get',
      path: '/other-objects',
      summary: 'STIX objects Tidewatch does not map, kept verbatim: those you may read, newest import first',
      request: { query: OtherObjectsQuery },
      responses: { 200: jsonResponse(StixOtherObjectPage, 'A page and the readable total'), 422: invalidQuery },
    }),
    async (c) => c.json(await listOtherStixObjects(rctx(c), c.req.query()), 200),
  );

  return app;
}
