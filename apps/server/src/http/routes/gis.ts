import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  AreaImportInput,
  AreaImportResult,
  EventQuery,
  GIS_FORMATS,
  GisVesselQuery,
  VesselTrackQuery,
} from '@tidewatch/contracts';
import { exportAreasGis } from '../../services/gis/export-areas-gis.ts';
import { exportEventsGis } from '../../services/gis/export-events-gis.ts';
import { importAreas } from '../../services/gis/import-areas.ts';
import type { VesselContext } from '../../vessels/vessel-context.ts';
import { exportTrackGis, exportVesselsGis } from '../../vessels/vessel-gis.ts';
import { limitBody } from '../body-limit.ts';
import { gisDownload, gisFileAnswer } from '../gis-download.ts';
import { jsonBody } from '../json-body.ts';
import { named } from '../openapi/components.ts';
import { apiRoute, apiRouter } from '../openapi/api-router.ts';
import {
  errorResponse,
  invalidBody,
  invalidQuery,
  jsonRequestBody,
  jsonResponse,
  notReadable,
} from '../openapi/responses.ts';
import { rctx, type AppEnv } from '../request-context.ts';

/** An area file travels as a JSON string: up to 10 MB of text, escaped. */
const IMPORT_BODY_LIMIT = 24 * 1024 * 1024;

// The same filters as the events list and its CSV/NDJSON export; a GIS file is one page, so no paging.
const EventGisQuery = EventQuery.omit({ limit: true, cursor: true });
const Mmsi = z.object({ mmsi: z.string().describe('The nine-digit MMSI') });

/**
 * REST v1 GIS exchange (issue 16 §4): exports of events, vessels, a track and areas as GeoJSON or KML, each
 * route declared once per format; and the area import. Routes only adapt; the verbs authorize and audit.
 */
export function gisRoutes(vessels: VesselContext): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  for (const format of GIS_FORMATS) {
    app.openapi(
      apiRoute({
        method: 'get',
        path: `/events.${format}`,
        summary: `Events matching the filters that the caller may read, as ${format}; audited`,
        request: { query: EventGisQuery },
        responses: {
          200: gisFileAnswer(format, 'The events'),
          403: errorResponse('No export permission'),
          422: invalidQuery,
        },
      }),
      async (c) => gisDownload(c, await exportEventsGis({ ctx: rctx(c), query: c.req.query(), format })),
    );
    app.openapi(
      apiRoute({
        method: 'get',
        path: `/vessels.${format}`,
        summary: `Vessels of the live picture in a view (bbox), as ${format}; audited`,
        request: { query: GisVesselQuery },
        responses: {
          200: gisFileAnswer(format, 'The vessels'),
          403: errorResponse('No export permission'),
          422: invalidQuery,
        },
      }),
      (c) => gisDownload(c, exportVesselsGis({ ctx: vessels, principal: rctx(c), query: c.req.query(), format })),
    );
    app.openapi(
      apiRoute({
        method: 'get',
        path: `/vessels/{mmsi}/track.${format}`,
        summary: `A vessel's stored track with the time of each position, as ${format}; audited`,
        request: { params: Mmsi, query: VesselTrackQuery },
        responses: {
          200: gisFileAnswer(format, 'The track'),
          403: errorResponse('No export permission'),
          404: notReadable,
          422: invalidQuery,
        },
      }),
      async (c) =>
        gisDownload(
          c,
          await exportTrackGis({
            ctx: vessels,
            principal: rctx(c),
            mmsi: c.req.valid('param').mmsi,
            query: c.req.query(),
            format,
          }),
        ),
    );
    app.openapi(
      apiRoute({
        method: 'get',
        path: `/areas.${format}`,
        summary: `Areas of interest the caller may read, as ${format}; audited`,
        responses: { 200: gisFileAnswer(format, 'The areas'), 403: errorResponse('No export permission') },
      }),
      async (c) => gisDownload(c, await exportAreasGis({ ctx: rctx(c), format })),
    );
  }
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/areas/import',
      summary: 'Areas of interest from a GeoJSON or KML file: a preview (dryRun) or the import',
      description:
        'Each polygon becomes an area owned by the caller’s agency under the label given; each feature refused is named with its index and the reason (GIS-5).',
      middleware: [limitBody(IMPORT_BODY_LIMIT), jsonBody()] as const,
      request: { body: jsonRequestBody(named(AreaImportInput, 'AreaImportInput')) },
      responses: {
        200: jsonResponse(named(AreaImportResult, 'AreaImportResult'), 'Accepted and refused features'),
        403: errorResponse('No permission to create areas'),
        413: errorResponse('Body over 24 MB'),
        415: errorResponse('Not application/json'),
        422: invalidBody,
      },
    }),
    async (c) => c.json(await importAreas({ ctx: rctx(c), input: await c.req.json() }), 200),
  );
  return app;
}
