import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { BlankEnv } from 'hono/types';
import { apiRouter } from '../openapi/api-router.ts';
import { jsonResponse } from '../openapi/responses.ts';

export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

/**
 * OPS-L4: a load balancer gives up on a probe after a second or two and a silent database must not make
 * the probe hang, so each check gets this long and then counts as failed.
 */
const CHECK_TIMEOUT_MS = 800;

const Readiness = z.object({
  status: z.enum(['ready', 'not_ready', 'shutting_down']),
  checks: z.array(z.object({ name: z.string(), ok: z.boolean(), error: z.string().optional() })).optional(),
});

export function healthRoutes(checks: ReadinessCheck[], isShuttingDown: () => boolean): OpenAPIHono {
  const app = apiRouter<BlankEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/healthz',
      summary: 'Liveness: the process answers',
      security: [],
      responses: { 200: jsonResponse(z.object({ status: z.literal('ok') }), 'Alive') },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );
  const readyz = createRoute({
    method: 'get',
    path: '/readyz',
    summary: 'Readiness: the database (and Redis when configured) answer',
    security: [],
    responses: { 200: jsonResponse(Readiness, 'Ready'), 503: jsonResponse(Readiness, 'A dependency is down') },
  });
  app.openapi(readyz, async (c) => {
    if (isShuttingDown()) return c.json({ status: 'shutting_down' as const }, 503);
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await withinTimeout(check(), CHECK_TIMEOUT_MS);
          return { name, ok: true };
        } catch (err) {
          return { name, ok: false, error: err instanceof Error ? err.message : String(err) };
        }
      }),
    );
    if (results.every((r) => r.ok)) return c.json({ status: 'ready' as const, checks: results }, 200);
    return c.json({ status: 'not_ready' as const, checks: results }, 503);
  });
  return app;
}

function withinTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
