import { z } from 'zod';

/**
 * `GET /api/v1/deployment`, answered without a login so the sign-in page can warn: demo credentials still
 * work here (OPS-3), or no administrator exists yet and the setup command has to be run (OPS-2).
 */
export const DeploymentStatus = z.object({
  demoCredentials: z.boolean(),
  setupNeeded: z.boolean(),
});
export type DeploymentStatus = z.infer<typeof DeploymentStatus>;
