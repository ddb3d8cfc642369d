import { Hono } from 'hono';

export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export function healthRoutes(checks: ReadinessCheck[], isShuttingDown: () => boolean): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (isShuttingDown()) return c.json({ status: 'shutting_down' }, 503);
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await check();
          return { name, ok: true };
        } catch (err) {
          return { name, ok: false, error: err instanceof Error ? err.message : String(err) };
        }
      }),
    );
    const ready = results.every((r) => r.ok);
    return c.json({ status: ready ? 'ready' : 'not_ready', checks: results }, ready ? 200 : 503);
  });
  return app;
}
