import type { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '@tidewatch/contracts';
import type { Logger } from '../logger.ts';
import type { ServiceContext } from '../services/context.ts';
import { authenticate, type AppEnv } from './request-context.ts';
import { deploymentRoutes } from './routes/deployment.ts';
import type { DeploymentStatusSource } from '../services/first-run/deployment-status.ts';
import { toApiErrorWithStatus } from '../services/error-response.ts';
import { apiDocRoutes } from './routes/api-docs.ts';
import { apiRouter } from './openapi/api-router.ts';
import { buildOpenApiDocument } from './openapi-document.ts';
import type { BlankEnv } from 'hono/types';
import { healthRoutes, type ReadinessCheck } from './routes/health.ts';
import { mountWebApp } from './static-web.ts';
import { compressReadAnswers } from './compression.ts';
import { securityHeaders } from './security-headers.ts';
import { inputGuard } from './input-guard.ts';
import { refuseHttpWhileStopping } from '../draining.ts';

export const RETRY_AFTER_SECONDS = '2';

/** A route group mounted under /api/v1 (a feature module declares these; modules/feature-module.ts). */
export interface ApiRouteGroup {
  path: string;
  routes: Hono<AppEnv>;
}

/**
 * A route group outside /api/v1 (TAXII at /taxii2); it authenticates itself. Its routes carry their full paths
 * (Hono would drop the trailing slash of `/taxii2/` when joining a mount path to `/`, and TAXII URLs end in one).
 */
export interface RootRouteGroup {
  /** The prefix every route of the group starts with. */
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: each protocol's router has its own variables; the root only mounts it.
  routes: Hono<any>;
}

export interface HttpAppOptions {
  ctx: ServiceContext;
  log: Logger;
  readiness: ReadinessCheck[];
  isShuttingDown: () => boolean;
  webDist: string | undefined;
  deployment: DeploymentStatusSource;
  /** The feature modules' /api/v1 route groups, in registration order (modules/feature-module.ts). */
  routes: {
    publicRoutes: readonly ApiRouteGroup[];
    authenticated: readonly ApiRouteGroup[];
    root?: readonly RootRouteGroup[];
  };
}

/**
 * The HTTP face of the node: cross-cutting middleware (security headers, request log, input guard, draining,
 * authentication, error mapping), health, the deployment status and the OpenAPI document built from whatever
 * routes the feature modules registered. No feature's routes are named here.
 */
export function createHttpApp(options: HttpAppOptions): Hono {
  const { ctx, log } = options;
  const app = apiRouter<BlankEnv>();

  app.use('*', ...securityHeaders(ctx.security));
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const level = c.res.status >= 500 ? 'error' : 'debug';
    log[level]({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'http');
  });

  app.onError((err, c) => {
    // The schema layer's own refusals (an undeclared content type, unparseable JSON) are the client's 4xx.
    if (err instanceof HTTPException && err.status < 500) return c.json(refusedByHono(err), err.status);
    const { status, body } = toApiErrorWithStatus(err, log);
    // OPS-L3: a 503 (database away, node stopping) tells well-behaved clients when to try again.
    if (status === 503) c.header('Retry-After', RETRY_AFTER_SECONDS);
    return c.json(body, status as ContentfulStatusCode);
  });

  app.use('/api/*', compressReadAnswers());
  app.use('/taxii2/*', compressReadAnswers());
  app.use('/api/*', inputGuard());
  app.route('/', healthRoutes(options.readiness, options.isShuttingDown));
  app.use('/api/*', refuseHttpWhileStopping(options.isShuttingDown, RETRY_AFTER_SECONDS, log));
  app.route(
    '/api/v1',
    apiDocRoutes(() => buildOpenApiDocument(app)),
  );
  for (const group of options.routes.publicRoutes) app.route(`/api/v1${group.path}`, group.routes);
  app.route('/api/v1/deployment', deploymentRoutes(options.deployment));
  // Everything else under /api/v1 acts for an authenticated principal; the services authorize each call.
  const api = apiRouter();
  api.use('*', authenticate(ctx));
  for (const group of options.routes.authenticated) api.route(group.path, group.routes);
  app.route('/api/v1', api);
  for (const group of options.routes.root ?? []) {
    app.use(`${group.path}/*`, refuseHttpWhileStopping(options.isShuttingDown, RETRY_AFTER_SECONDS, log));
    app.route('/', group.routes);
  }
  app.all('/api/*', (c) =>
    c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404),
  );
  if (options.webDist) mountWebApp(app, options.webDist, log);
  return app;
}

function refusedByHono(err: HTTPException): ApiError {
  const code = err.status === 415 ? 'unsupported_media_type' : err.status === 400 ? 'malformed_json' : 'bad_request';
  return { error: { code, message: err.message || 'the request was refused' } };
}
