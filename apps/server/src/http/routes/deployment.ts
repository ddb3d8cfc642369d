import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { BlankEnv } from 'hono/types';
import type { DeploymentStatusSource } from '../../services/first-run/deployment-status.ts';
import { apiRouter } from '../openapi/api-router.ts';
import { DeploymentStatus } from '../openapi/components.ts';
import { jsonResponse } from '../openapi/responses.ts';

/** Public on purpose: the sign-in page shows it before anyone has logged in (OPS-2, OPS-3). */
export function deploymentRoutes(status: DeploymentStatusSource): OpenAPIHono {
  const app = apiRouter<BlankEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary:
        'Public: whether the published demo credentials work here and whether setup is still to be done (for the sign-in page)',
      security: [],
      responses: { 200: jsonResponse(DeploymentStatus, 'The status') },
    }),
    async (c) => c.json(await status.read(), 200),
  );
  return app;
}
