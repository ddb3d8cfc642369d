import { Hono } from 'hono';
import type { DeploymentStatusSource } from '../../services/first-run/deployment-status.ts';

/** Public on purpose: the sign-in page shows it before anyone has logged in (OPS-2, OPS-3). */
export function deploymentRoutes(status: DeploymentStatusSource): Hono {
  const app = new Hono();
  app.get('/', async (c) => c.json(await status.read()));
  return app;
}
