import { createRoute, type z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  SeizureDrillDownQuery,
  SeizuresByQuery,
  SeizuresCompareQuery,
  SeizuresOverTimeQuery,
} from '@tidewatch/contracts';
import { compareSeizures } from '../../services/trends/compare-seizures.ts';
import { drillDownSeizures } from '../../services/trends/drill-down-seizures.ts';
import { seizuresByGroup } from '../../services/trends/seizures-by-group.ts';
import { seizuresOverTime } from '../../services/trends/seizures-over-time.ts';
import { trendSettings } from '../../services/trends/trend-settings.ts';
import type { TrendContext, TrendDeps } from '../../services/trends/trend-context.ts';
import { limitBody } from '../body-limit.ts';
import { jsonBody } from '../json-body.ts';
import { rctx, type AppEnv } from '../request-context.ts';
import { apiRouter } from '../openapi/api-router.ts';
import { named } from '../openapi/components.ts';
import {
  SeizureDrillDownPage,
  SeizuresByGroup,
  SeizuresComparison,
  SeizuresOverTime,
  TrendSettings,
} from '../openapi/components.ts';
import { errorResponse, invalidQuery, jsonResponse } from '../openapi/responses.ts';
import { trendBodyAsQuery } from './trend-body.ts';

/** 5,000 positions (the most an area holds) of GeoJSON with room for the other filters. */
const TREND_BODY_LIMIT = 256 * 1024;

interface TrendQueryRoute {
  name: string;
  summary: string;
  query: z.ZodObject;
  /** The query's name among the document's schemas, where the POST form's body refers to it. */
  queryName: string;
  answer: z.ZodType;
  description: string;
  verb: (ctx: TrendContext, query: unknown) => Promise<unknown>;
}

const QUERIES: TrendQueryRoute[] = [
  {
    name: 'over-time',
    summary: 'Seizures per day, week or month by commodity, a slot for every bucket',
    query: SeizuresOverTimeQuery,
    queryName: 'SeizuresOverTimeQuery',
    answer: SeizuresOverTime,
    description: 'The series',
    verb: (ctx, query) => seizuresOverTime({ ctx, query }),
  },
  ...(['agency', 'place', 'route'] as const).map((dimension) => ({
    name: `by-${dimension}`,
    summary: `Seizures ${{ agency: 'by owning agency', place: 'by port or area', route: 'by route (origin → destination)' }[dimension]}, largest first; the rest summed in otherTotal`,
    query: SeizuresByQuery,
    queryName: 'SeizuresByQuery',
    answer: SeizuresByGroup,
    description: 'Rows',
    verb: (ctx: TrendContext, query: unknown) => seizuresByGroup({ ctx, dimension, query }),
  })),
  {
    name: 'compare',
    summary: 'This period against the one before and the same period a year earlier',
    query: SeizuresCompareQuery,
    queryName: 'SeizuresCompareQuery',
    answer: SeizuresComparison,
    description: 'The three periods',
    verb: (ctx, query) => compareSeizures({ ctx, query }),
  },
  {
    name: 'events',
    summary: 'The seizures behind one bar (bucket + bucketStart, or dimension + key), newest first, paged',
    query: SeizureDrillDownQuery,
    queryName: 'SeizureDrillDownQuery',
    answer: SeizureDrillDownPage,
    description: 'A page of seizures',
    verb: (ctx, query) => drillDownSeizures({ ctx, query }),
  },
];

/**
 * REST v1 seizure trends (issue 6 §1), mounted at /api/v1/trends behind authentication. Routes only adapt.
 * Every query has a GET form (filters in the query string) and a POST form (the same filters as a JSON body,
 * DATA-3): a drawn area of 1,000 points does not fit in a URL.
 */
export function trendRoutes(deps: TrendDeps): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  const ctx = (c: Context<AppEnv>): TrendContext => ({ ...rctx(c), ...deps });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/settings',
      summary: 'The operations time zone that trends bucket in when a query names none (SUMMARY_TZ)',
      responses: { 200: jsonResponse(TrendSettings, 'The settings') },
    }),
    (c) => c.json(trendSettings({ ctx: ctx(c) }), 200),
  );
  const registered = new Set<string>();
  for (const { name, summary, query, queryName, answer, description, verb } of QUERIES) {
    // by-agency, by-place and by-route share one query schema, named once.
    if (!registered.has(queryName)) app.openAPIRegistry.register(queryName, named(query, queryName));
    registered.add(queryName);
    const answered = { 200: jsonResponse(answer, description), 422: invalidQuery };
    app.openapi(
      createRoute({ method: 'get', path: `/seizures/${name}`, summary, request: { query }, responses: answered }),
      async (c) => c.json(await verb(ctx(c), c.req.query()), 200),
    );
    app.openapi(
      createRoute({
        method: 'post',
        path: `/seizures/${name}`,
        summary:
          'The same query with its filters as a JSON body, for an area too large for a URL; lists may be arrays and `area` a GeoJSON object',
        middleware: [limitBody(TREND_BODY_LIMIT), jsonBody()] as const,
        // Documented in the GET form's terms and checked by the verb after trendBodyAsQuery, which also takes
        // arrays, numbers and a GeoJSON object where the query string has text.
        request: {
          body: {
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${queryName}` } } },
          },
        },
        responses: { ...answered, 413: errorResponse('The body is over 256 KB') },
      }),
      async (c) => c.json(await verb(ctx(c), trendBodyAsQuery(await c.req.json())), 200),
    );
  }
  return app;
}
