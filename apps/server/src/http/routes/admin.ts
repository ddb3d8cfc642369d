import { Hono } from 'hono';
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
import { addAgreementMember, removeAgreementMember } from '../../services/admin/manage-agreement-members.ts';
import { searchAudit } from '../../services/admin/search-audit.ts';
import { readJsonBody } from '../json-body.ts';
import { uuidParams } from '../id-params.ts';
import { rctx, type AppEnv } from '../request-context.ts';

type Verb = (args: { ctx: ReturnType<typeof rctx>; input: unknown }) => Promise<unknown>;

/** POST handlers differ only in the verb they call. */
function create(verb: Verb) {
  return async (c: Context<AppEnv>) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await verb({ ctx: rctx(c), input: body.value }), 201);
  };
}

export function adminRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/agencies', async (c) => c.json(await listAgencies({ ctx: rctx(c) })));
  app.post('/agencies', create(createAgency));
  app.get('/users', async (c) => c.json(await listUsers({ ctx: rctx(c) })));
  app.post('/users', create(createUser));
  app.patch('/users/:id', uuidParams('id'), async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await updateUser({ ctx: rctx(c), id: c.req.param('id'), input: body.value }));
  });
  app.get('/api-keys', async (c) => c.json(await listApiKeys({ ctx: rctx(c) })));
  app.post('/api-keys', create(createApiKey));
  app.delete('/api-keys/:id', uuidParams('id'), async (c) =>
    c.json(await revokeApiKey({ ctx: rctx(c), id: c.req.param('id') })),
  );
  app.get('/sharing-groups', async (c) => c.json(await listSharingGroups({ ctx: rctx(c) })));
  app.post('/sharing-groups', create(createSharingGroup));
  app.delete('/sharing-groups/:code', async (c) =>
    c.json(await revokeSharingGroup({ ctx: rctx(c), code: c.req.param('code') })),
  );
  app.post('/sharing-groups/:code/members', async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await addAgreementMember({ ctx: rctx(c), code: c.req.param('code'), input: body.value }));
  });
  app.delete('/sharing-groups/:code/members/:agency', async (c) =>
    c.json(await removeAgreementMember({ ctx: rctx(c), code: c.req.param('code'), agency: c.req.param('agency') })),
  );
  app.get('/audit', async (c) => c.json(await searchAudit({ ctx: rctx(c), query: c.req.query() })));
  return app;
}
