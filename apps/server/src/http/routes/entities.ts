import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { EntitySearchQuery } from '@tidewatch/contracts';
import { createEntity } from '../../services/entities/create-entity.ts';
import { firearmMatches } from '../../services/entities/firearm-matches.ts';
import { entitiesLinkedTo, linkEntity } from '../../services/entities/link-entities.ts';
import { entityHistory, getEntityDetail, searchEntities } from '../../services/entities/read-entities.ts';
import { decideSameAs, splitEntity, suggestSameAs } from '../../services/entities/resolve-entities.ts';
import type { EntityStore } from '../../services/entities/entity-view.ts';
import { jsonBody } from '../json-body.ts';
import { apiRoute, apiRouter } from '../openapi/api-router.ts';
import {
  Entity,
  EntityDetail,
  EntityHistoryEntry,
  EntityInput,
  EntityLink,
  EntityLinkInput,
  EntityPage,
  FirearmMatch,
  ResolutionDecisionInput,
  ResolutionOutcome,
  ResolutionSuggestion,
} from '../openapi/components.ts';
import {
  errorResponse,
  invalidBody,
  invalidQuery,
  jsonRequestBody,
  jsonResponse,
  notReadable,
  UuidParam,
} from '../openapi/responses.ts';
import { rctx, type AppEnv } from '../request-context.ts';

const ById = z.object({ id: UuidParam });
const LinkedTarget = z.object({
  toType: z.enum(['event', 'consignment', 'watchlist_entry']).describe('What the entities are linked to'),
  toId: z.string().max(64).describe('Its id'),
});

/** Entities under /api/v1/entities (ENT-*, FIRE-*, LINK-*). Routes only adapt: parse, call a verb, answer. */
export function entityRoutes(entities: EntityStore): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/',
      summary: 'Search readable entities by name, alias or identifier, newest first',
      request: { query: EntitySearchQuery },
      responses: { 200: jsonResponse(EntityPage, 'A page of entities'), 422: invalidQuery },
    }),
    async (c) => c.json(await searchEntities({ ctx: rctx(c), entities, query: c.req.query() }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/',
      summary: "Record an entity under the caller's agency, optionally linked to an event",
      middleware: [jsonBody()] as const,
      request: { body: jsonRequestBody(EntityInput) },
      responses: {
        201: jsonResponse(Entity, 'Created'),
        404: errorResponse('No such event for this caller'),
        422: invalidBody,
      },
    }),
    async (c) => c.json(await createEntity({ ctx: rctx(c), entities, input: await c.req.json() }), 201),
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/linked/{toType}/{toId}',
      summary: 'Entities linked to an event, consignment or watchlist entry, as far as the caller may read',
      request: { params: LinkedTarget },
      responses: { 200: jsonResponse(z.array(EntityLink), 'EntityLink[]'), 404: notReadable },
    }),
    async (c) => {
      const { toType, toId } = c.req.valid('param');
      return c.json(await entitiesLinkedTo({ ctx: rctx(c), entities, toType, toId }), 200);
    },
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{id}',
      summary: 'One entity with its readable links and merged records',
      request: { params: ById },
      responses: { 200: jsonResponse(EntityDetail, 'The entity'), 404: notReadable },
    }),
    async (c) => c.json(await getEntityDetail({ ctx: rctx(c), entities, id: c.req.valid('param').id }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{id}/history',
      summary: 'Creation, merges, splits and rejections of an entity',
      request: { params: ById },
      responses: { 200: jsonResponse(z.array(EntityHistoryEntry), 'EntityHistoryEntry[]'), 404: notReadable },
    }),
    async (c) => c.json(await entityHistory({ ctx: rctx(c), entities, id: c.req.valid('param').id }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/{id}/links',
      summary: 'Link an entity to another entity, an event, a consignment or a watchlist entry',
      middleware: [jsonBody()] as const,
      request: { params: ById, body: jsonRequestBody(EntityLinkInput) },
      responses: { 201: jsonResponse(EntityLink, 'Created'), 404: notReadable, 422: invalidBody },
    }),
    async (c) =>
      c.json(
        await linkEntity({ ctx: rctx(c), entities, fromId: c.req.valid('param').id, input: await c.req.json() }),
        201,
      ),
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{id}/same-as',
      summary: 'Readable records that may be the same as this one, best first',
      request: { params: ById },
      responses: { 200: jsonResponse(z.array(ResolutionSuggestion), 'ResolutionSuggestion[]'), 404: notReadable },
    }),
    async (c) => c.json(await suggestSameAs({ ctx: rctx(c), entities, id: c.req.valid('param').id }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/{id}/same-as',
      summary: 'Accept (merge, or link across agencies) or reject a suggestion',
      middleware: [jsonBody()] as const,
      request: { params: ById, body: jsonRequestBody(ResolutionDecisionInput) },
      responses: {
        200: jsonResponse(ResolutionOutcome, 'The outcome'),
        404: notReadable,
        409: errorResponse('Merged meanwhile'),
        422: invalidBody,
      },
    }),
    async (c) =>
      c.json(
        await decideSameAs({ ctx: rctx(c), entities, id: c.req.valid('param').id, input: await c.req.json() }),
        200,
      ),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/{id}/split',
      summary: "Split a merged record out again (the record's agency)",
      request: { params: ById },
      responses: {
        200: jsonResponse(ResolutionOutcome, 'The outcome'),
        404: notReadable,
        409: errorResponse('Not merged'),
      },
    }),
    async (c) => c.json(await splitEntity({ ctx: rctx(c), entities, id: c.req.valid('param').id }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{id}/firearm-matches',
      summary: 'Readable firearms of any agency with the same serial, with the events they were recovered in',
      request: { params: ById },
      responses: { 200: jsonResponse(z.array(FirearmMatch), 'FirearmMatch[]'), 404: notReadable },
    }),
    async (c) => c.json(await firearmMatches({ ctx: rctx(c), entities, id: c.req.valid('param').id }), 200),
  );
  return app;
}
