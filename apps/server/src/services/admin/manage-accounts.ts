import { hashPassword } from '../../auth/passwords.ts';
import { newSecret, sha256 } from '../../auth/tokens.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError, notFound, validationError } from '../errors.ts';
import { isUuid } from '../ids.ts';
import { requireOwnAgency, requireOwnAgencyOrFirstAdministrator } from './agency-authority.ts';
import { takUnitBinding } from './tak-binding.ts';
import {
  CreateAgencyInput,
  CreateApiKeyInput,
  CreateSharingGroupInput,
  CreateUserInput,
  UpdateUserInput,
} from './admin-inputs.ts';

/** AUTH-2: administration is for administrators only, and every change is audited. */
export function adminOnly(ctx: RequestContext): void {
  requirePermission(ctx, 'admin');
}

export async function requireAgency(ctx: RequestContext, code: string, path: string): Promise<void> {
  if ((await ctx.agencies.existing([code])).length === 0) {
    throw new ServiceError('unprocessable', `${path}: unknown agency ${code}`, [
      { path, message: `unknown agency ${code}` },
    ]);
  }
}

/** FED-1: users, API keys and device tokens belong to agencies this deployment hosts, never to a partner's. */
export async function requireHostedAgency(ctx: RequestContext, code: string, path: string): Promise<void> {
  await requireAgency(ctx, code, path);
  if ((await ctx.agencies.hostedHere([code])).length === 0) {
    throw new ServiceError('unprocessable', `${path}: ${code} is hosted by a partner deployment`, [
      { path, message: `${code} is hosted by a partner deployment; its accounts and keys live there` },
    ]);
  }
}

/** ADM-1: 409 naming `code`; the stored record is left as it was. */
function codeTaken(what: string, code: string): ServiceError {
  return new ServiceError('conflict', `${what} ${code} already exists; nothing was changed`, [
    { path: 'code', message: `${code} already exists` },
  ]);
}

/** Any signed-in principal may list agencies: the releasability chooser needs them. */
export async function listAgencies({ ctx }: { ctx: RequestContext }) {
  requirePermission(ctx, 'events:read');
  return ctx.agencies.list();
}

export async function createAgency({ ctx, input }: { ctx: RequestContext; input: unknown }) {
  adminOnly(ctx);
  const parsed = CreateAgencyInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'agency');
  // ADM-1: a second create must not pass for an update that silently kept the first name and country.
  if (!(await ctx.agencies.insertNew(parsed.data))) throw codeTaken('agency', parsed.data.code);
  ctx.audit.record({
    actor: ctx.actor,
    action: 'agency.create',
    targetType: 'agency',
    targetId: parsed.data.code,
    outcome: 'success',
  });
  return parsed.data;
}

function publicUser(u: {
  id: string;
  username: string;
  displayName: string;
  role: string;
  agencyCode: string;
  disabledAt: Date | null;
  lockedUntil: Date | null;
}) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    agency: u.agencyCode,
    disabled: u.disabledAt !== null,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
  };
}

export async function listUsers({ ctx }: { ctx: RequestContext }) {
  adminOnly(ctx);
  return (await ctx.users.list()).map(publicUser);
}

export async function createUser({ ctx, input }: { ctx: RequestContext; input: unknown }) {
  adminOnly(ctx);
  const parsed = CreateUserInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'user');
  const { username, displayName, agency, role, password } = parsed.data;
  await requireHostedAgency(ctx, agency, 'agency');
  await requireOwnAgencyOrFirstAdministrator(ctx, agency, role);
  if (await ctx.users.findByUsername(username))
    throw new ServiceError('conflict', `username ${username} is taken`, [{ path: 'username', message: 'taken' }]);
  const user = await ctx.users.insert({
    username,
    displayName,
    agencyCode: agency,
    role,
    passwordHash: await hashPassword(password),
  });
  ctx.audit.record({
    actor: ctx.actor,
    action: 'user.create',
    targetType: 'user',
    targetId: user.id,
    outcome: 'success',
    detail: { username, agency, role },
  });
  return publicUser(user);
}

/** Changing a role or disabling an account ends that user's sessions and sockets at once (REL-10). */
export async function updateUser({ ctx, id, input }: { ctx: RequestContext; id: string; input: unknown }) {
  adminOnly(ctx);
  const parsed = UpdateUserInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'user change');
  const existing = isUuid(id) ? await ctx.users.findById(id) : undefined;
  if (!existing) throw notFound('user', id);
  requireOwnAgency(ctx, existing.agencyCode, 'accounts');
  // AUTH-2: nobody changes their own role, not even an administrator.
  if (id === ctx.actor.id && parsed.data.role !== undefined && parsed.data.role !== existing.role) {
    throw new ServiceError('forbidden', 'you may not change your own role');
  }
  const now = ctx.clock.now();
  const updated = await ctx.users.update(id, {
    ...(parsed.data.role === undefined ? {} : { role: parsed.data.role }),
    ...(parsed.data.displayName === undefined ? {} : { displayName: parsed.data.displayName }),
    ...(parsed.data.disabled === undefined ? {} : { disabledAt: parsed.data.disabled ? now : null }),
  });
  if (!updated) throw notFound('user', id);
  if (parsed.data.disabled || (parsed.data.role !== undefined && parsed.data.role !== existing.role)) {
    await ctx.users.revokeUserSessions(id, now);
    ctx.realtime.revoke([`user:${id}`]);
  }
  ctx.audit.record({
    actor: ctx.actor,
    action: 'user.update',
    targetType: 'user',
    targetId: id,
    outcome: 'success',
    detail: parsed.data,
  });
  return publicUser(updated);
}

function publicKey(k: {
  id: string;
  agencyCode: string;
  kind: string;
  name: string;
  prefix: string;
  scopes: string[];
  unitId: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}) {
  return {
    id: k.id,
    agency: k.agencyCode,
    kind: k.kind,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    unitId: k.unitId,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revoked: k.revokedAt !== null,
  };
}

export async function listApiKeys({ ctx }: { ctx: RequestContext }) {
  adminOnly(ctx);
  return (await ctx.apiKeys.list()).map(publicKey);
}

const SECRET_PREFIX = { api: 'tw_key_', device: 'tw_dev_', tak: 'tw_tak_' } as const;
const SCOPES_OF_KIND: Partial<Record<keyof typeof SECRET_PREFIX, string[]>> = {
  device: ['events:read'],
  tak: ['events:read', 'events:write'],
};

/** AUTH-3: the secret is returned once, here; only its SHA-256 is stored. */
export async function createApiKey({ ctx, input }: { ctx: RequestContext; input: unknown }) {
  adminOnly(ctx);
  const parsed = CreateApiKeyInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'api key');
  await requireHostedAgency(ctx, parsed.data.agency, 'agency');
  requireOwnAgency(ctx, parsed.data.agency, 'API keys and device tokens');
  const unitId = await takUnitBinding(ctx, parsed.data);
  const secret = newSecret(SECRET_PREFIX[parsed.data.kind]);
  const row = await ctx.apiKeys.insert({
    agencyCode: parsed.data.agency,
    kind: parsed.data.kind,
    name: parsed.data.name,
    prefix: secret.slice(0, 12),
    keyHash: sha256(secret),
    // AUTH-8: a device token only ever receives; COT-9: a TAK device receives and files spot reports.
    scopes: SCOPES_OF_KIND[parsed.data.kind] ?? parsed.data.scopes,
    unitId,
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
  });
  ctx.audit.record({
    actor: ctx.actor,
    action: 'api_key.create',
    targetType: 'api_key',
    targetId: row.id,
    outcome: 'success',
    detail: { agency: row.agencyCode, kind: row.kind, scopes: row.scopes, unitId: row.unitId },
  });
  return { ...publicKey(row), secret };
}

export async function revokeApiKey({ ctx, id }: { ctx: RequestContext; id: string }) {
  adminOnly(ctx);
  const key = isUuid(id) ? await ctx.apiKeys.findById(id) : undefined;
  if (!key) throw notFound('active api key', id);
  requireOwnAgency(ctx, key.agencyCode, 'API keys and device tokens');
  const row = await ctx.apiKeys.revoke(id, ctx.clock.now());
  if (!row) throw notFound('active api key', id);
  ctx.realtime.revoke([`key:${id}`]);
  ctx.audit.record({
    actor: ctx.actor,
    action: 'api_key.revoke',
    targetType: 'api_key',
    targetId: id,
    outcome: 'success',
  });
  return publicKey(row);
}

export async function listSharingGroups({ ctx }: { ctx: RequestContext }) {
  requirePermission(ctx, 'events:read');
  return (await ctx.sharingGroups.list()).map((g) => ({ ...g, revokedAt: g.revokedAt?.toISOString() ?? null }));
}

export async function createSharingGroup({ ctx, input }: { ctx: RequestContext; input: unknown }) {
  adminOnly(ctx);
  const parsed = CreateSharingGroupInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'sharing group');
  for (const [i, code] of parsed.data.members.entries()) await requireAgency(ctx, code, `members.${i}`);
  if (!(await ctx.sharingGroups.insertNew(parsed.data))) throw codeTaken('sharing group', parsed.data.code);
  // Members' open sockets hold their old memberships: they reconnect and resume under the new ones.
  ctx.realtime.revoke(parsed.data.members.map((a) => `agency:${a}`));
  ctx.audit.record({
    actor: ctx.actor,
    action: 'sharing_group.create',
    targetType: 'sharing_group',
    targetId: parsed.data.code,
    outcome: 'success',
    detail: { members: parsed.data.members },
  });
  return parsed.data;
}

/** Revoking an agreement stops it counting at once; members' sockets reconnect and replay under the new rights. */
export async function revokeSharingGroup({ ctx, code }: { ctx: RequestContext; code: string }) {
  adminOnly(ctx);
  const members = await ctx.sharingGroups.revoke(code, ctx.clock.now());
  if (!members) throw notFound('active sharing group', code);
  ctx.realtime.revoke(members.map((a) => `agency:${a}`));
  ctx.audit.record({
    actor: ctx.actor,
    action: 'sharing_group.revoke',
    targetType: 'sharing_group',
    targetId: code,
    outcome: 'success',
    detail: { members },
  });
  return { code, revoked: true, members };
}
