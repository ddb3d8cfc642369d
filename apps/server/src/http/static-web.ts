import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Logger } from '../logger.ts';

/** Serves the built dashboard; unknown non-API paths get index.html so client-side routes (/wall) load. */
export function mountWebApp(app: Hono, distDir: string, log: Logger): void {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) {
    log.warn({ distDir }, 'no dashboard build found; run `pnpm build` (the API still works)');
    app.get('/', (c) => c.text('Tidewatch API is running. The dashboard is not built: run `pnpm build`.', 200));
    return;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  app.use('/assets/*', async (c, next) => {
    await next();
    // Vite puts a content hash in every asset name, so they never change under the same URL.
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // The build writes .br and .gz twins of each asset (vite.config.ts): sent to browsers that accept them.
  app.use('*', serveStatic({ root: distDir, precompressed: true }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/socket.io')) return c.notFound();
    return c.html(indexHtml);
  });
}
