import { Hono } from 'hono';
import type { AppEnv } from '../http/request-context.ts';
import type { VesselContext } from './vessel-context.ts';
import { getVesselCard, getVesselTrack, searchVessels } from './vessel-queries.ts';

/** REST v1 vessels (mounted behind authentication): search, card, stored track. Routes only adapt. */
export function vesselRoutes(ctx: VesselContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.json(searchVessels({ ctx, principal: c.get('rctx'), query: c.req.query() })));
  app.get('/:mmsi', async (c) =>
    c.json(await getVesselCard({ ctx, principal: c.get('rctx'), mmsi: c.req.param('mmsi') })),
  );
  app.get('/:mmsi/track', async (c) =>
    c.json(await getVesselTrack({ ctx, principal: c.get('rctx'), mmsi: c.req.param('mmsi'), query: c.req.query() })),
  );
  return app;
}
