import { z } from 'zod';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { passwordProblem } from '../../auth/password-policy.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError, forbidden, validationError } from '../errors.ts';

export const ChangePasswordInput = z
  .object({ currentPassword: z.string().min(1).max(1000), newPassword: z.string().max(1000) })
  .strict();
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/**
 * A signed-in user replaces their password (AUTH-11 rules). The current password is asked for and counted like
 * a login (AUTH-4), so a hijacked session can neither take the account over nor guess the password freely.
 * Every session of the user ends, and every device cookie is void (they are keyed by the old hash).
 */
export async function changePassword({ ctx, input }: { ctx: RequestContext; input: unknown }): Promise<void> {
  const { actor } = ctx;
  if (actor.kind !== 'user') throw forbidden('only a signed-in user changes their own password');
  const parsed = ChangePasswordInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'password change');
  const { currentPassword, newPassword } = parsed.data;
  const problem = passwordProblem(newPassword, actor.name);
  if (problem)
    throw new ServiceError('unprocessable', `newPassword: ${problem}`, [{ path: 'newPassword', message: problem }]);

  const now = ctx.clock.now();
  const user = await ctx.users.claimLoginAttempt(actor.name, now, { ...ctx.security.loginThrottle, trusted: false });
  const ok = await verifyPassword(currentPassword, user?.passwordHash || DUMMY_PASSWORD_HASH);
  if (!user || !ok) {
    ctx.audit.record({ actor, action: 'user.password', targetType: 'user', targetId: actor.id, outcome: 'failure' });
    throw new ServiceError('forbidden', 'current password not accepted', [
      { path: 'currentPassword', message: 'not accepted' },
    ]);
  }
  await ctx.users.update(user.id, {
    passwordHash: await hashPassword(newPassword),
    failedLogins: 0,
    lockedUntil: null,
  });
  await ctx.users.revokeUserSessions(user.id, now);
  ctx.realtime.revoke([`user:${user.id}`]);
  ctx.audit.record({ actor, action: 'user.password', targetType: 'user', targetId: user.id, outcome: 'success' });
}
