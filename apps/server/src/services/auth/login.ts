import { z } from 'zod';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../auth/passwords.ts';
import { newSecret, sha256 } from '../../auth/tokens.ts';
import type { ServiceContext } from '../context.ts';
import { ServiceError, validationError } from '../errors.ts';

export const LoginInput = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
});
export type LoginInput = z.infer<typeof LoginInput>;

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: { id: string; username: string; displayName: string; role: string; agency: string };
}

// AUTH-4: the same words whether the user is unknown, disabled or the password is wrong.
const REFUSED = 'username or password not accepted';

export async function login({ ctx, input }: { ctx: ServiceContext; input: unknown }): Promise<LoginResult> {
  const parsed = LoginInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'login');
  const { username, password } = parsed.data;
  const now = ctx.clock.now();
  const user = await ctx.users.findByUsername(username);
  const anonymous = { kind: 'anonymous' as const, id: null, name: username, agency: null };

  if (user?.lockedUntil && user.lockedUntil > now) {
    ctx.audit.record({ actor: anonymous, action: 'auth.login', targetType: 'user', targetId: user.id, outcome: 'denied', detail: { reason: 'locked' } });
    throw new ServiceError('locked', `too many failed logins; try again after ${user.lockedUntil.toISOString()}`);
  }
  const ok = await verifyPassword(password, user?.passwordHash || DUMMY_PASSWORD_HASH);
  if (!user || !ok || user.disabledAt) {
    if (user && !user.disabledAt) {
      await ctx.users.recordFailedLogin(user.id, ctx.security.lockoutAttempts, new Date(now.getTime() + ctx.security.lockoutMs));
    }
    ctx.audit.record({ actor: anonymous, action: 'auth.login', targetType: 'user', targetId: user?.id, outcome: 'failure' });
    throw new ServiceError('unauthenticated', REFUSED);
  }

  await ctx.users.update(user.id, { failedLogins: 0, lockedUntil: null });
  const token = newSecret('tw_ses_');
  const csrfToken = newSecret('');
  const expiresAt = new Date(now.getTime() + ctx.security.sessionAbsoluteMs);
  await ctx.users.insertSession({ tokenHash: sha256(token), userId: user.id, csrfToken, createdAt: now, lastSeenAt: now, expiresAt });
  ctx.audit.record({
    actor: { kind: 'user', id: user.id, name: user.username, agency: user.agencyCode },
    action: 'auth.login',
    targetType: 'user',
    targetId: user.id,
    outcome: 'success',
  });
  return {
    token,
    csrfToken,
    expiresAt,
    user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role, agency: user.agencyCode },
  };
}

export async function logout({ ctx, token }: { ctx: ServiceContext; token: string }): Promise<void> {
  const tokenHash = sha256(token);
  await ctx.users.revokeSession(tokenHash, ctx.clock.now());
  ctx.realtime.revoke([`session:${tokenHash}`]);
}
