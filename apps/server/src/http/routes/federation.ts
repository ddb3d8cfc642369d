import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  CreatePartnerInput,
  CreateRemoteAgencyInput,
  FederationFeedPage,
  PartnerLink,
  UpdatePartnerInput,
} from '@tidewatch/contracts';
import { serveFeed, type FeedService } from '../../services/federation/serve-feed.ts';
import {
  addRemoteAgency,
  createPartner,
  listPartners,
  updatePartner,
  type PartnerAdmin,
} from '../../services/federation/manage-partners.ts';
import { jsonBody } from '../json-body.ts';
import { rctx, type AppEnv } from '../request-context.ts';
import { apiRoute, apiRouter } from '../openapi/api-router.ts';
import { named } from '../openapi/components.ts';
import { errorResponse, invalidBody, invalidQuery, jsonRequestBody, jsonResponse } from '../openapi/responses.ts';

const FeedQuery = z.object({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  /** FED-13: the change cursor (the last change position applied by the caller). */
  changesAfter: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  waitMs: z.coerce.number().int().min(0).max(30_000).default(0),
});

/** The feed partner deployments pull (public group: partners are not users; they authenticate here). */
export function federationFeedRoutes(service: FeedService): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/feed',
      summary:
        'For partner deployments (Bearer partner credential): the events after `after` and the changes after `changesAfter` (new versions, tombstones) released to the partner, oldest first; with `waitMs` the answer waits for a commit when there is nothing new (FED-2..FED-10, FED-13, FED-14)',
      security: [{ bearer: [] }],
      request: { query: FeedQuery },
      responses: {
        200: jsonResponse(named(FederationFeedPage, 'FederationFeedPage'), 'A page of the feed'),
        401: errorResponse('Unknown or disabled partner credential'),
        422: invalidQuery,
      },
    }),
    async (c) =>
      c.json(await serveFeed(service, c.req.header('authorization'), c.req.valid('query'), c.req.raw.signal), 200),
  );
  return app;
}

const forbidden = errorResponse('Not an administrator');
const PartnerId = z.object({ id: z.string().describe('The partner deployment id') });

/** FED-12: the Partners administration (administrators only; the services authorize). */
export function partnerAdminRoutes(deps: Omit<PartnerAdmin, 'ctx'>): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  const admin = (c: Parameters<typeof rctx>[0]): PartnerAdmin => ({ ...deps, ctx: rctx(c) });
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/',
      summary: 'Partner deployments and the state of each link: lag, counts in and out, last error',
      responses: { 200: jsonResponse(z.array(named(PartnerLink, 'PartnerLink')), 'The partners'), 403: forbidden },
    }),
    async (c) => c.json(await listPartners(admin(c)), 200),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/',
      summary: 'Add a partner deployment; audited',
      middleware: [jsonBody()] as const,
      request: { body: jsonRequestBody(named(CreatePartnerInput, 'CreatePartnerInput')) },
      responses: {
        201: { description: 'The partner' },
        403: forbidden,
        409: errorResponse('Id taken'),
        422: invalidBody,
      },
    }),
    async (c) => c.json(await createPartner(admin(c), await c.req.json()), 201),
  );
  app.openapi(
    apiRoute({
      method: 'patch',
      path: '/{id}',
      summary: 'Change or disable a partner (takes effect at once); audited',
      middleware: [jsonBody()] as const,
      request: { params: PartnerId, body: jsonRequestBody(named(UpdatePartnerInput, 'UpdatePartnerInput')) },
      responses: {
        200: { description: 'The partner' },
        403: forbidden,
        404: errorResponse('No such partner'),
        422: invalidBody,
      },
    }),
    async (c) => c.json(await updatePartner(admin(c), c.req.valid('param').id, await c.req.json()), 200),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/{id}/agencies',
      summary: 'Add an agency the partner hosts (a remote agency here); audited',
      middleware: [jsonBody()] as const,
      request: { params: PartnerId, body: jsonRequestBody(named(CreateRemoteAgencyInput, 'CreateRemoteAgencyInput')) },
      responses: {
        201: { description: 'The partner' },
        403: forbidden,
        404: errorResponse('No such partner'),
        409: errorResponse('Agency code taken'),
        422: invalidBody,
      },
    }),
    async (c) => c.json(await addRemoteAgency(admin(c), c.req.valid('param').id, await c.req.json()), 201),
  );
  return app;
}
