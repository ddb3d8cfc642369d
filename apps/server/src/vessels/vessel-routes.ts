import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { VesselSearchQuery, VesselTrackQuery } from '@tidewatch/contracts';
import { apiRoute, apiRouter } from '../http/openapi/api-router.ts';
import { SeaNotices, VesselCard, VesselSearchResult, VesselTrack } from '../http/openapi/components.ts';
import { invalidQuery, jsonResponse, notReadable } from '../http/openapi/responses.ts';
import type { AppEnv } from '../http/request-context.ts';
import type { VesselContext } from './vessel-context.ts';
import { getSeaNotices, getVesselCard, getVesselTrack, searchVessels } from './vessel-queries.ts';

// Checked by the queries (nine digits), which answer for it as for every other vessel input.
const Mmsi = z.object({ mmsi: z.string().describe('The nine-digit MMSI') });

/** REST v1 vessels (mounted behind authentication): search, card, stored track. Routes only adapt. */
export function vesselRoutes(ctx: VesselContext): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/',
      summary: 'Search vessels by name, MMSI, IMO or call sign',
      request: { query: VesselSearchQuery },
      responses: { 200: jsonResponse(VesselSearchResult, 'The matches'), 422: invalidQuery },
    }),
    (c) => c.json(searchVessels({ ctx, principal: c.get('rctx'), query: c.req.query() }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{mmsi}',
      summary: "A vessel's card: identity, last position, flags and notes the caller may read",
      request: { params: Mmsi },
      responses: { 200: jsonResponse(VesselCard, 'The card'), 404: notReadable, 422: invalidQuery },
    }),
    async (c) => c.json(await getVesselCard({ ctx, principal: c.get('rctx'), mmsi: c.req.valid('param').mmsi }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{mmsi}/track',
      summary: "A vessel's stored track over a time window",
      request: { params: Mmsi, query: VesselTrackQuery },
      responses: { 200: jsonResponse(VesselTrack, 'The track'), 422: invalidQuery },
    }),
    async (c) =>
      c.json(
        await getVesselTrack({ ctx, principal: c.get('rctx'), mmsi: c.req.valid('param').mmsi, query: c.req.query() }),
        200,
      ),
  );
  return app;
}

/** REST v1 sea notices (mounted behind authentication): area notices and weather at sea from AIS. */
export function seaNoticeRoutes(ctx: VesselContext): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/',
      summary: 'Area notices in force and recent weather at sea, from AIS binary broadcasts',
      responses: { 200: jsonResponse(SeaNotices, 'The notices') },
    }),
    (c) => c.json(getSeaNotices({ ctx, principal: c.get('rctx') }), 200),
  );
  return app;
}
