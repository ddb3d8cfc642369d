import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { createAnnotation } from '../../services/annotations/create-annotation.ts';
import { annotationHistory, getAnnotation, listAnnotations } from '../../services/annotations/read-annotations.ts';
import { changeAnnotation, DeleteInput } from '../../services/annotations/change-annotation.ts';
import { jsonBody } from '../json-body.ts';
import { rctx, type AppEnv } from '../request-context.ts';
import { apiRouter } from '../openapi/api-router.ts';
import { named } from '../openapi/components.ts';
import { Annotation, AnnotationEdit, AnnotationInput, AnnotationRevision } from '../openapi/components.ts';
import {
  errorResponse,
  invalidBody,
  jsonRequestBody,
  jsonResponse,
  notReadable,
  stale,
  UuidParam,
} from '../openapi/responses.ts';

const Target = z.object({
  targetType: z.string().describe('event or vessel'),
  targetId: z.string().describe('The event id or the MMSI'),
});
const AnnotationId = z.object({ id: UuidParam });

/** Annotations hang on a target: /api/v1/annotations/on/:targetType/:targetId, and by id under /api/v1/annotations/:id. */
export function annotationRoutes(): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/on/{targetType}/{targetId}',
      summary: 'Notes on an event or a vessel (MMSI) that the caller may read',
      request: { params: Target },
      responses: { 200: jsonResponse(z.array(Annotation), 'Annotation[]') },
    }),
    async (c) => {
      const { targetType, targetId } = c.req.valid('param');
      return c.json(await listAnnotations({ ctx: rctx(c), targetType, targetId }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/on/{targetType}/{targetId}',
      summary: "Add a note; releasability defaults to the target's",
      middleware: [jsonBody()] as const,
      request: { params: Target, body: jsonRequestBody(AnnotationInput) },
      responses: {
        201: jsonResponse(Annotation, 'Created'),
        404: errorResponse('No such target for this caller'),
        422: invalidBody,
      },
    }),
    async (c) => {
      const { targetType, targetId } = c.req.valid('param');
      return c.json(await createAnnotation({ ctx: rctx(c), targetType, targetId, input: await c.req.json() }), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      summary: 'One note',
      request: { params: AnnotationId },
      responses: { 200: jsonResponse(Annotation, 'The note'), 404: notReadable },
    }),
    async (c) => c.json(await getAnnotation({ ctx: rctx(c), id: c.req.valid('param').id }), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/history',
      summary: 'Every version of a note',
      request: { params: AnnotationId },
      responses: { 200: jsonResponse(z.array(AnnotationRevision), 'AnnotationRevision[]'), 404: notReadable },
    }),
    async (c) => c.json(await annotationHistory({ ctx: rctx(c), id: c.req.valid('param').id }), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      summary: 'Edit a note (owning agency only)',
      middleware: [jsonBody()] as const,
      request: { params: AnnotationId, body: jsonRequestBody(AnnotationEdit) },
      responses: {
        200: jsonResponse(Annotation, 'Edited'),
        409: errorResponse('Stale baseVersion; detail.current holds the current note'),
        422: invalidBody,
      },
    }),
    async (c) =>
      c.json(await changeAnnotation({ ctx: rctx(c), id: c.req.valid('param').id, input: await c.req.json() }), 200),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      summary: 'Soft-delete a note; body {baseVersion}',
      middleware: [jsonBody()] as const,
      request: { params: AnnotationId, body: jsonRequestBody(named(DeleteInput, 'AnnotationDelete')) },
      responses: { 200: jsonResponse(Annotation, 'Deleted'), 409: stale, 422: invalidBody },
    }),
    async (c) =>
      c.json(
        await changeAnnotation({ ctx: rctx(c), id: c.req.valid('param').id, input: await c.req.json(), remove: true }),
        200,
      ),
  );
  return app;
}
