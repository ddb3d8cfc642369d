import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';

/**
 * The OpenAPI 3.1 document, generated from the routes' own declarations (the schemas that validate their
 * requests), so the reference cannot drift from the code. Called once every route is mounted on `app`.
 */
export function buildOpenApiDocument<E extends Env>(app: OpenAPIHono<E>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Agency API key (tw_key_...) or wall-display device token (tw_dev_...)',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'tw_session',
    description: 'Browser session; writes also need the X-CSRF-Token header',
  });
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Tidewatch API',
      version: '1.0.0',
      description:
        'Shared intelligence events for joint border-security operations. Events are also streamed over ' +
        'Socket.IO at /socket.io: connect with auth {since: <last seq seen>} to resume without gaps.',
    },
    security: [{ bearer: [] }, { session: [] }],
  });
}
