import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { GRAPH_NODE_KINDS, LINK_RELATIONS, MAX_PATH_HOPS } from '@tidewatch/contracts';
import { entityNeighbours, entityPath, type EntityGraphStore } from '../../services/entities/entity-graph.ts';
import { GraphNeighbourhood, GraphPath } from '../openapi/components.ts';
import { invalidQuery, jsonResponse, notReadable, UuidParam } from '../openapi/responses.ts';
import { apiRoute, apiRouter } from '../openapi/api-router.ts';
import { rctx, type AppEnv } from '../request-context.ts';

// Documented here as plain strings; the service parses them strictly (lists, dates, order) and answers 422.
const windowAndKinds = {
  since: z.string().optional().describe('Links valid on or after this day (YYYY-MM-DD)'),
  until: z.string().optional().describe('Links valid on or before this day (YYYY-MM-DD)'),
  kinds: z
    .string()
    .optional()
    .describe(`Comma-separated node kinds: ${GRAPH_NODE_KINDS.join(', ')}`),
  relations: z
    .string()
    .optional()
    .describe(`Comma-separated relations: ${LINK_RELATIONS.join(', ')}`),
};
const NeighboursQueryDoc = z.object({
  ...windowAndKinds,
  limit: z.string().optional().describe('At most this many links (1-1000, default 200)'),
});
const PathQueryDoc = z.object({
  ...windowAndKinds,
  maxHops: z.string().optional().describe(`At most this many links (1-${MAX_PATH_HOPS}, default ${MAX_PATH_HOPS})`),
});

/** Link analysis under /api/v1/entities (LINK-3..LINK-6): neighbours and shortest paths, readable parts only. */
export function entityGraphRoutes(graph: EntityGraphStore): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{id}/network',
      summary: 'An entity and its readable neighbours (entities, events, consignments) with the links between',
      request: { params: z.object({ id: UuidParam }), query: NeighboursQueryDoc },
      responses: {
        200: jsonResponse(GraphNeighbourhood, 'Nodes and edges'),
        404: notReadable,
        422: invalidQuery,
      },
    }),
    async (c) =>
      c.json(await entityNeighbours({ ctx: rctx(c), graph, id: c.req.valid('param').id, query: c.req.query() }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{id}/path/{targetId}',
      summary: 'The shortest readable path between two entities, over links and shared events or consignments',
      request: { params: z.object({ id: UuidParam, targetId: UuidParam }), query: PathQueryDoc },
      responses: {
        200: jsonResponse(GraphPath, 'Nodes in order and the edges between them'),
        404: notReadable,
        422: invalidQuery,
      },
    }),
    async (c) => {
      const { id, targetId } = c.req.valid('param');
      return c.json(await entityPath({ ctx: rctx(c), graph, id, targetId, query: c.req.query() }), 200);
    },
  );
  return app;
}
