import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  createAgency,
  createApiKey,
  createSharingGroup,
  createUser,
  listAgencies,
  listApiKeys,
  listSharingGroups,
  listUsers,
  revokeApiKey,
  revokeSharingGroup,
  updateUser,
} from '../../services/admin/manage-accounts.ts';
import {
  CreateAgencyInput,
  CreateApiKeyInput,
  CreateSharingGroupInput,
  CreateUserInput,
  UpdateUserInput,
} from '../../services/admin/admin-inputs.ts';
import {
  addAgreementMember,
  MemberInput,
  removeAgreementMember,
} from '../../services/admin/manage-agreement-members.ts';
import { AuditQuery, searchAudit } from '../../services/admin/search-audit.ts';
import { jsonBody } from '../json-body.ts';
import { rctx, type AppEnv } from '../request-context.ts';
import { apiRouter } from '../openapi/api-router.ts';
import { named } from '../openapi/components.ts';
import { errorResponse, invalidBody, invalidQuery, jsonRequestBody, UuidParam } from '../openapi/responses.ts';

type Verb = (args: { ctx: ReturnType<typeof rctx>; input: unknown }) => Promise<unknown>;

const forbidden = errorResponse('Not an administrator (or supervisor, where it says so)');
const SharingGroupCode = z.object({ code: z.string().describe('The sharing group (agreement) code') });

/** The administration surface of an agency: accounts, keys, sharing groups and the audit log. Services authorize. */
export function adminRoutes(): OpenAPIHono<AppEnv> {
  const app = apiRouter();

  /** A collection read by a GET and added to by a POST, which differ only in their verbs and body schema. */
  function collection(path: string, what: string, list: Verb, create: Verb, input: z.ZodType, name: string) {
    app.openapi(
      createRoute({
        method: 'get',
        path,
        summary: `List ${what}`,
        responses: { 200: { description: `The ${what}` }, 403: forbidden },
      }),
      async (c: Context<AppEnv>) => c.json(await list({ ctx: rctx(c), input: undefined })),
    );
    app.openapi(
      createRoute({
        method: 'post',
        path,
        summary: `Create one of the ${what}; audited`,
        middleware: [jsonBody()] as const,
        request: { body: jsonRequestBody(named(input, name)) },
        responses: { 201: { description: 'Created' }, 403: forbidden, 422: invalidBody },
      }),
      async (c: Context<AppEnv>) => c.json(await create({ ctx: rctx(c), input: await c.req.json() }), 201),
    );
  }

  collection('/agencies', 'agencies', listAgencies, createAgency, CreateAgencyInput, 'CreateAgencyInput');
  collection('/users', 'users', listUsers, createUser, CreateUserInput, 'CreateUserInput');
  collection('/api-keys', 'API keys', listApiKeys, createApiKey, CreateApiKeyInput, 'CreateApiKeyInput');
  collection(
    '/sharing-groups',
    'sharing groups',
    listSharingGroups,
    createSharingGroup,
    CreateSharingGroupInput,
    'CreateSharingGroupInput',
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      summary: "Change a user's role, display name or status; audited",
      middleware: [jsonBody()] as const,
      request: {
        params: z.object({ id: UuidParam }),
        body: jsonRequestBody(named(UpdateUserInput, 'UpdateUserInput')),
      },
      responses: { 200: { description: 'The user' }, 403: forbidden, 422: invalidBody },
    }),
    async (c) => c.json(await updateUser({ ctx: rctx(c), id: c.req.valid('param').id, input: await c.req.json() })),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api-keys/{id}',
      summary: 'Revoke an API key; audited',
      request: { params: z.object({ id: UuidParam }) },
      responses: { 200: { description: 'Revoked' }, 403: forbidden },
    }),
    async (c) => c.json(await revokeApiKey({ ctx: rctx(c), id: c.req.valid('param').id })),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/sharing-groups/{code}',
      summary: 'Revoke a sharing group; audited',
      request: { params: SharingGroupCode },
      responses: { 200: { description: 'Revoked' }, 403: forbidden },
    }),
    async (c) => c.json(await revokeSharingGroup({ ctx: rctx(c), code: c.req.valid('param').code })),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/sharing-groups/{code}/members',
      summary: 'Add an agency to a sharing group; audited',
      middleware: [jsonBody()] as const,
      request: { params: SharingGroupCode, body: jsonRequestBody(named(MemberInput, 'AgreementMemberInput')) },
      responses: { 200: { description: 'The group' }, 403: forbidden, 422: invalidBody },
    }),
    async (c) =>
      c.json(await addAgreementMember({ ctx: rctx(c), code: c.req.valid('param').code, input: await c.req.json() })),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/sharing-groups/{code}/members/{agency}',
      summary: 'Remove an agency from a sharing group; audited',
      request: { params: SharingGroupCode.extend({ agency: z.string().describe('The agency code') }) },
      responses: { 200: { description: 'The group' }, 403: forbidden },
    }),
    async (c) => {
      const { code, agency } = c.req.valid('param');
      return c.json(await removeAgreementMember({ ctx: rctx(c), code, agency }));
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      summary: "Search the audit log (administrators: all of it; supervisors: their agency's); audited",
      request: { query: AuditQuery },
      responses: { 200: { description: 'A page of audit entries' }, 403: forbidden, 422: invalidQuery },
    }),
    async (c) => c.json(await searchAudit({ ctx: rctx(c), query: c.req.query() })),
  );
  return app;
}
