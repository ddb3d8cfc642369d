import { Hono, type Context } from 'hono';
import { compareSeizures } from '../../services/trends/compare-seizures.ts';
import { drillDownSeizures } from '../../services/trends/drill-down-seizures.ts';
import { seizuresByGroup } from '../../services/trends/seizures-by-group.ts';
import { seizuresOverTime } from '../../services/trends/seizures-over-time.ts';
import { trendSettings } from '../../services/trends/trend-settings.ts';
import type { TrendContext, TrendDeps } from '../../services/trends/trend-context.ts';
import { limitBody } from '../body-limit.ts';
import { readJsonBody } from '../json-body.ts';
import { rctx, type AppEnv } from '../request-context.ts';
import { trendBodyAsQuery } from './trend-body.ts';

/** 5,000 positions (the most an area holds) of GeoJSON with room for the other filters. */
const TREND_BODY_LIMIT = 256 * 1024;

type TrendVerb = (ctx: TrendContext, query: unknown) => Promise<unknown>;

const VERBS: Record<string, TrendVerb> = {
  'over-time': (ctx, query) => seizuresOverTime({ ctx, query }),
  'by-agency': (ctx, query) => seizuresByGroup({ ctx, dimension: 'agency', query }),
  'by-place': (ctx, query) => seizuresByGroup({ ctx, dimension: 'place', query }),
  'by-route': (ctx, query) => seizuresByGroup({ ctx, dimension: 'route', query }),
  compare: (ctx, query) => compareSeizures({ ctx, query }),
  events: (ctx, query) => drillDownSeizures({ ctx, query }),
};

/**
 * REST v1 seizure trends (issue 6 §1), mounted at /api/v1/trends behind authentication. Routes only adapt.
 * Every query has a GET form (filters in the query string) and a POST form (the same filters as a JSON body,
 * DATA-3): a drawn area of 1,000 points does not fit in a URL.
 */
export function trendRoutes(deps: TrendDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ctx = (c: Context<AppEnv>): TrendContext => ({ ...rctx(c), ...deps });
  app.get('/settings', (c) => c.json(trendSettings({ ctx: ctx(c) })));
  for (const [name, verb] of Object.entries(VERBS)) {
    app.get(`/seizures/${name}`, async (c) => c.json(await verb(ctx(c), c.req.query())));
    app.post(`/seizures/${name}`, limitBody(TREND_BODY_LIMIT), async (c) => {
      const body = await readJsonBody(c);
      if (body.ok === false) return body.response;
      return c.json(await verb(ctx(c), trendBodyAsQuery(body.value)));
    });
  }
  return app;
}
