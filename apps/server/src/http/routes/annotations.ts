import { Hono } from 'hono';
import { createAnnotation } from '../../services/annotations/create-annotation.ts';
import { annotationHistory, getAnnotation, listAnnotations } from '../../services/annotations/read-annotations.ts';
import { changeAnnotation } from '../../services/annotations/change-annotation.ts';
import { readJsonBody } from '../json-body.ts';
import { uuidParams } from '../id-params.ts';
import { rctx, type AppEnv } from '../request-context.ts';

/** Annotations hang on a target: /api/v1/annotations/:targetType/:targetId, and by id under /api/v1/annotations/:id. */
export function annotationRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/on/:type/:id', async (c) =>
    c.json(await listAnnotations({ ctx: rctx(c), targetType: c.req.param('type'), targetId: c.req.param('id') })),
  );
  app.post('/on/:type/:id', async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(
      await createAnnotation({
        ctx: rctx(c),
        targetType: c.req.param('type'),
        targetId: c.req.param('id'),
        input: body.value,
      }),
      201,
    );
  });
  const id = uuidParams('id');
  app.get('/:id', id, async (c) => c.json(await getAnnotation({ ctx: rctx(c), id: c.req.param('id') })));
  app.get('/:id/history', id, async (c) => c.json(await annotationHistory({ ctx: rctx(c), id: c.req.param('id') })));
  app.patch('/:id', id, async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await changeAnnotation({ ctx: rctx(c), id: c.req.param('id'), input: body.value }));
  });
  app.delete('/:id', id, async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await changeAnnotation({ ctx: rctx(c), id: c.req.param('id'), input: body.value, remove: true }));
  });
  return app;
}
