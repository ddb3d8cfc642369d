import { Hono } from 'hono';
import { buildOpenApiDocument } from '../openapi-document.ts';
import { renderReferencePage } from '../reference-page.ts';

export function apiDocRoutes(): Hono {
  const doc = buildOpenApiDocument();
  const page = renderReferencePage(doc);
  const app = new Hono();
  app.get('/openapi.json', (c) => c.json(doc));
  app.get('/docs', (c) => c.html(page));
  return app;
}
