import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { GIS_FORMATS } from '@tidewatch/contracts';
import {
  createUnit,
  editUnit,
  getUnit,
  listUnits,
  reportUnitPosition,
} from '../../services/operations/manage-units.ts';
import { exportTaskGis } from '../../services/operations/export-task-gis.ts';
import { moveTask } from '../../services/operations/move-task.ts';
import type { OperationsServices } from '../../services/operations/ops-services.ts';
import { getTask, listTasks } from '../../services/operations/read-tasks.ts';
import { taskUnit } from '../../services/operations/task-unit.ts';
import { gisDownload, gisFileAnswer } from '../gis-download.ts';
import { jsonBody } from '../json-body.ts';
import { apiRoute, apiRouter } from '../openapi/api-router.ts';
import {
  Task,
  TaskInput,
  TaskTransitionInput,
  Unit,
  UnitEdit,
  UnitInput,
  UnitPositionInput,
} from '../openapi/components.ts';
import {
  errorResponse,
  invalidBody,
  invalidQuery,
  jsonRequestBody,
  jsonResponse,
  notReadable,
  stale,
  UuidParam,
} from '../openapi/responses.ts';
import { rctx, type AppEnv } from '../request-context.ts';

const ById = z.object({ id: UuidParam });
const TaskListQuery = z.object({
  open: z.enum(['true', 'false']).optional().describe('true: open tasks only (the board); default all'),
});

/** Patrol units under /api/v1/units (OPSU-1..3). Routes only adapt: parse, call a verb, answer. */
export function unitRoutes(ops: OperationsServices): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/',
      summary: 'Units the caller may read, with their newest position',
      responses: { 200: jsonResponse(z.array(Unit), 'Unit[]') },
    }),
    async (c) => c.json(await listUnits({ ctx: rctx(c), ops }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/',
      summary: "Register one of the caller's agency's units (supervisor, commander)",
      middleware: [jsonBody()] as const,
      request: { body: jsonRequestBody(UnitInput) },
      responses: {
        201: jsonResponse(Unit, 'Created'),
        403: errorResponse('Not allowed to keep units'),
        422: invalidBody,
      },
    }),
    async (c) => c.json(await createUnit({ ctx: rctx(c), ops, input: await c.req.json() }), 201),
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{id}',
      summary: 'One unit',
      request: { params: ById },
      responses: { 200: jsonResponse(Unit, 'The unit'), 404: notReadable },
    }),
    async (c) => c.json(await getUnit({ ctx: rctx(c), ops, id: c.req.valid('param').id }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'patch',
      path: '/{id}',
      summary: 'Edit a unit (owning agency); its label is fixed',
      middleware: [jsonBody()] as const,
      request: { params: ById, body: jsonRequestBody(UnitEdit) },
      responses: {
        200: jsonResponse(Unit, 'Edited'),
        403: errorResponse('Not the owning agency'),
        404: notReadable,
        409: stale,
        422: invalidBody,
      },
    }),
    async (c) =>
      c.json(await editUnit({ ctx: rctx(c), ops, id: c.req.valid('param').id, input: await c.req.json() }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/{id}/position',
      summary: 'Report a unit position by hand (owning agency)',
      middleware: [jsonBody()] as const,
      request: { params: ById, body: jsonRequestBody(UnitPositionInput) },
      responses: {
        200: jsonResponse(Unit, 'Moved'),
        403: errorResponse('Not the owning agency'),
        404: notReadable,
        422: invalidBody,
      },
    }),
    async (c) =>
      c.json(
        await reportUnitPosition({ ctx: rctx(c), ops, id: c.req.valid('param').id, input: await c.req.json() }),
        200,
      ),
  );
  return app;
}

/** Tasks under /api/v1/tasks (OPSU-4..9). */
export function taskRoutes(ops: OperationsServices): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/',
      summary: 'Tasks the caller may read (both unit and target), open first',
      request: { query: TaskListQuery },
      responses: { 200: jsonResponse(z.array(Task), 'Task[]'), 422: invalidQuery },
    }),
    async (c) => c.json(await listTasks({ ctx: rctx(c), ops, openOnly: c.req.valid('query').open === 'true' }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/',
      summary: 'Task a unit to an alert, an event or a vessel (supervisor, commander)',
      middleware: [jsonBody()] as const,
      request: { body: jsonRequestBody(TaskInput) },
      responses: {
        201: jsonResponse(Task, 'Proposed to the unit’s agency'),
        403: errorResponse('No agreement allows tasking that agency’s units, or not allowed to task'),
        404: notReadable,
        409: errorResponse('The unit is not available or already has an open task'),
        422: invalidBody,
      },
    }),
    async (c) => c.json(await taskUnit({ ctx: rctx(c), ops, input: await c.req.json() }), 201),
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{id}',
      summary: 'One task with its current intercept',
      request: { params: ById },
      responses: { 200: jsonResponse(Task, 'The task'), 404: notReadable },
    }),
    async (c) => c.json(await getTask({ ctx: rctx(c), ops, id: c.req.valid('param').id }), 200),
  );
  for (const format of GIS_FORMATS)
    app.openapi(
      apiRoute({
        method: 'get',
        path: `/{id}/intercept.${format}`,
        summary: `A task with its unit, target and intercept, as ${format}; audited (GIS-7)`,
        request: { params: ById },
        responses: {
          200: gisFileAnswer(format, 'The task'),
          403: errorResponse('No export permission'),
          404: notReadable,
        },
      }),
      async (c) => gisDownload(c, await exportTaskGis({ ctx: rctx(c), ops, id: c.req.valid('param').id, format })),
    );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/{id}/state',
      summary: 'Move a task: accept, decline, en route, on scene, complete (with an outcome), abort',
      middleware: [jsonBody()] as const,
      request: { params: ById, body: jsonRequestBody(TaskTransitionInput) },
      responses: {
        200: jsonResponse(Task, 'Moved'),
        403: errorResponse('Not a party to the task, or the other party’s move'),
        404: notReadable,
        409: errorResponse('Illegal move (detail.allowed) or stale baseVersion (detail.current)'),
        422: invalidBody,
      },
    }),
    async (c) =>
      c.json(await moveTask({ ctx: rctx(c), ops, id: c.req.valid('param').id, input: await c.req.json() }), 200),
  );
  return app;
}
