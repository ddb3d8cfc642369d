import type { Viewer } from '@tidewatch/domain';
import type { Actor, Permission, Principal, Role } from '../../auth/actor.ts';
import { hasPermission } from '../../auth/actor.ts';
import { sha256 } from '../../auth/tokens.ts';
import type { ServiceContext } from '../context.ts';
import { ServiceError } from '../errors.ts';

/** The viewer is built per request from the database, so a revoked agreement stops counting at once (REL-10). */
export async function viewerFor(ctx: ServiceContext, agency: string): Promise<Viewer> {
  return { agency, groups: new Set(await ctx.sharingGroups.activeGroupsOf(agency)) };
}

/** Resolves a session cookie token for a request, which counts as activity; sliding idle expiry is enforced here (AUTH-5). */
export function principalFromSession(ctx: ServiceContext, token: string): Promise<Principal | undefined> {
  const tokenHash = sha256(token);
  return ctx.principals.get(`session:${tokenHash}`, () => loadSessionPrincipal(ctx, tokenHash, true));
}

/**
 * Resolves a session cookie token for a socket handshake: read fresh, and not counted as activity, or a client
 * reconnecting at its socket's deadline would keep an idle session alive for ever (AUTH-5).
 */
export function principalFromSessionForSocket(ctx: ServiceContext, token: string): Promise<Principal | undefined> {
  return loadSessionPrincipal(ctx, sha256(token), false);
}

async function loadSessionPrincipal(
  ctx: ServiceContext,
  tokenHash: string,
  activity: boolean,
): Promise<Principal | undefined> {
  const now = ctx.clock.now();
  const session = await ctx.users.findLiveSession(tokenHash, now);
  if (!session) return undefined;
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  if (idleFor >= ctx.security.sessionIdleMs) {
    await ctx.users.revokeSession(tokenHash, now);
    return undefined;
  }
  const user = await ctx.users.findById(session.userId);
  if (!user || user.disabledAt) return undefined;
  // Touch at most once a minute: the idle timeout does not need finer grain than that.
  const touched = activity && idleFor > 60_000;
  if (touched) await ctx.users.touchSession(tokenHash, now);
  const lastSeen = touched ? now : session.lastSeenAt;
  const actor: Actor = {
    kind: 'user',
    id: user.id,
    name: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    agency: user.agencyCode,
    sessionHash: tokenHash,
    csrfToken: session.csrfToken,
    sessionEndsAt: Math.min(session.expiresAt.getTime(), lastSeen.getTime() + ctx.security.sessionIdleMs),
  };
  return { actor, viewer: await viewerFor(ctx, user.agencyCode) };
}

/** Resolves an agency API key or a wall-display device token sent as `Authorization: Bearer`. */
export function principalFromBearer(ctx: ServiceContext, token: string): Promise<Principal | undefined> {
  const tokenHash = sha256(token);
  return ctx.principals.get(`key:${tokenHash}`, () => loadKeyPrincipal(ctx, tokenHash));
}

async function loadKeyPrincipal(ctx: ServiceContext, tokenHash: string): Promise<Principal | undefined> {
  const key = await ctx.apiKeys.findActiveByHash(tokenHash);
  // COT-6: a TAK device credential opens the CoT port only, never the REST API or the dashboard's socket.
  if (!key || key.kind === 'tak') return undefined;
  const actor: Actor =
    key.kind === 'device'
      ? { kind: 'device', id: key.id, name: key.name, agency: key.agencyCode }
      : { kind: 'api_key', id: key.id, name: key.name, agency: key.agencyCode, scopes: key.scopes };
  return { actor, viewer: await viewerFor(ctx, key.agencyCode) };
}

export function requirePermission(principal: Principal, permission: Permission): void {
  if (!hasPermission(principal.actor, permission)) {
    throw new ServiceError('forbidden', `${principal.actor.kind} ${principal.actor.name} may not ${permission}`);
  }
}
