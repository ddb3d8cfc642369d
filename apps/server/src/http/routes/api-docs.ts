import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { BlankEnv } from 'hono/types';
import { renderReferencePage } from '../reference-page.ts';
import { apiRouter } from '../openapi/api-router.ts';
import { textContent } from '../openapi/responses.ts';

type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/**
 * The machine-readable document and the reference page. Both are built on first request from `document`,
 * because these routes are mounted before the routes they describe (ahead of authentication: they are public).
 */
export function apiDocRoutes(document: () => OpenApiDocument): OpenAPIHono {
  let built: { doc: OpenApiDocument; page: string } | undefined;
  const docs = () => {
    if (!built) {
      const doc = document();
      built = { doc, page: renderReferencePage(doc) };
    }
    return built;
  };
  const app = apiRouter<BlankEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/openapi.json',
      summary: 'This document (OpenAPI 3.1), generated from the route declarations',
      security: [],
      responses: { 200: { description: 'The document', content: { 'application/json': { schema: z.object({}) } } } },
    }),
    (c) => c.json(docs().doc),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/docs',
      summary: 'This reference as a page',
      security: [],
      responses: { 200: textContent('text/html', 'A self-contained page') },
    }),
    (c) => c.html(docs().page),
  );
  return app;
}
