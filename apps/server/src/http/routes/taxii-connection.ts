import type { OpenAPIHono } from '@hono/zod-openapi';
import { taxiiConnection } from '../../services/taxii/connection.ts';
import { apiRoute, apiRouter } from '../openapi/api-router.ts';
import { TaxiiConnection } from '../openapi/components.ts';
import { jsonResponse } from '../openapi/responses.ts';
import { rctx, type AppEnv } from '../request-context.ts';

/** GET /api/v1/taxii/connection: the caller's agency's TAXII URLs and collection ids (TAXII-2). */
export function taxiiConnectionRoutes(paths: { discovery: string; apiRoot: string }): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/connection',
      summary: "The TAXII 2.1 discovery URL, API root and collection ids of the caller's agency",
      responses: { 200: jsonResponse(TaxiiConnection, 'How a TAXII client connects') },
    }),
    async (c) => {
      const origin = new URL(c.req.url).origin;
      return c.json(
        await taxiiConnection(rctx(c), {
          discoveryUrl: `${origin}${paths.discovery}`,
          apiRootUrl: `${origin}${paths.apiRoot}`,
        }),
        200,
      );
    },
  );
  return app;
}
