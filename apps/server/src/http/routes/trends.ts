import { Hono } from 'hono';
import { compareSeizures } from '../../services/trends/compare-seizures.ts';
import { drillDownSeizures } from '../../services/trends/drill-down-seizures.ts';
import { seizuresByGroup } from '../../services/trends/seizures-by-group.ts';
import { seizuresOverTime } from '../../services/trends/seizures-over-time.ts';
import { trendSettings } from '../../services/trends/trend-settings.ts';
import type { TrendDeps } from '../../services/trends/trend-context.ts';
import { rctx, type AppEnv } from '../request-context.ts';

/** REST v1 seizure trends (issue 6 §1), mounted at /api/v1/trends behind authentication. Routes only adapt. */
export function trendRoutes(deps: TrendDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ctx = (c: Parameters<typeof rctx>[0]) => ({ ...rctx(c), ...deps });
  app.get('/settings', (c) => c.json(trendSettings({ ctx: ctx(c) })));
  app.get('/seizures/over-time', async (c) => c.json(await seizuresOverTime({ ctx: ctx(c), query: c.req.query() })));
  app.get('/seizures/by-agency', async (c) => c.json(await seizuresByGroup({ ctx: ctx(c), dimension: 'agency', query: c.req.query() })));
  app.get('/seizures/by-place', async (c) => c.json(await seizuresByGroup({ ctx: ctx(c), dimension: 'place', query: c.req.query() })));
  app.get('/seizures/by-route', async (c) => c.json(await seizuresByGroup({ ctx: ctx(c), dimension: 'route', query: c.req.query() })));
  app.get('/seizures/compare', async (c) => c.json(await compareSeizures({ ctx: ctx(c), query: c.req.query() })));
  app.get('/seizures/events', async (c) => c.json(await drillDownSeizures({ ctx: ctx(c), query: c.req.query() })));
  return app;
}
