import { z } from 'zod';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../auth/passwords.ts';
import { deviceTokenValid, issueDeviceToken, parseDeviceToken } from '../../auth/device-cookie.ts';
import { newSecret, sha256 } from '../../auth/tokens.ts';
import type { ServiceContext } from '../context.ts';
import { ServiceError, validationError } from '../errors.ts';

export const LoginInput = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
});
export type LoginInput = z.infer<typeof LoginInput>;

/** Who is knocking, as far as the transport can tell. */
export interface LoginClient {
  address: string;
  deviceCookie: string | undefined;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  /** AUTH-4: proof for next time that this browser has signed in to this account. */
  deviceToken: string;
  user: { id: string; username: string; displayName: string; role: string; agency: string };
}

// AUTH-4: one answer for an unknown, disabled or throttled account and a wrong password.
const REFUSED = 'username or password not accepted';

/**
 * AUTH-4. Every attempt that passes the per-address limit costs exactly one conditional update and one scrypt,
 * whatever the account's state, so neither the answer nor its timing tells whether the account exists or is
 * throttled. A browser holding the account's device cookie skips the account throttle (an attacker elsewhere
 * cannot keep the owner out) but has a failure limit of its own.
 */
export async function login({
  ctx,
  input,
  client,
}: {
  ctx: ServiceContext;
  input: unknown;
  client: LoginClient;
}): Promise<LoginResult> {
  const parsed = LoginInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'login');
  const { username, password } = parsed.data;
  const anonymous = { kind: 'anonymous' as const, id: null, name: username, agency: null };
  const addressKey = client.address;
  const wait = ctx.loginLimits.byAddress.blockedFor(addressKey);
  if (wait > 0) {
    ctx.audit.record({
      actor: anonymous,
      action: 'auth.login',
      targetType: 'user',
      outcome: 'denied',
      detail: { reason: 'address rate limit', address: client.address },
    });
    const retryAfterSeconds = Math.ceil(wait / 1000);
    throw new ServiceError(
      'rate_limited',
      `too many failed sign-ins from this address; try again in ${retryAfterSeconds} s`,
      [],
      { retryAfterSeconds },
    );
  }

  const device = parseDeviceToken(client.deviceCookie);
  const deviceUsable = device !== undefined && ctx.loginLimits.byDevice.blockedFor(device.nonce) === 0;
  // Read whether or not the user exists, so a forged cookie times the same for both.
  const known = deviceUsable ? await ctx.users.findByUsername(username) : undefined;
  const trusted = deviceUsable && known !== undefined && deviceTokenValid(device, known);
  const now = ctx.clock.now();
  const user = await ctx.users.claimLoginAttempt(username, now, { ...ctx.security.loginThrottle, trusted });
  const ok = await verifyPassword(password, user?.passwordHash || DUMMY_PASSWORD_HASH);
  if (!user || !ok) {
    ctx.loginLimits.byAddress.fail(addressKey);
    if (device) ctx.loginLimits.byDevice.fail(device.nonce);
    ctx.audit.record({
      actor: anonymous,
      action: 'auth.login',
      targetType: 'user',
      targetId: user?.id,
      outcome: 'failure',
      detail: { address: client.address },
    });
    throw new ServiceError('unauthenticated', REFUSED);
  }

  await ctx.users.clearFailedLogins(user.id);
  const token = newSecret('tw_ses_');
  const csrfToken = newSecret('');
  const expiresAt = new Date(now.getTime() + ctx.security.sessionAbsoluteMs);
  await ctx.users.insertSession({
    tokenHash: sha256(token),
    userId: user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  ctx.audit.record({
    actor: { kind: 'user', id: user.id, name: user.username, agency: user.agencyCode },
    action: 'auth.login',
    targetType: 'user',
    targetId: user.id,
    outcome: 'success',
    detail: { address: client.address, knownDevice: trusted },
  });
  return {
    token,
    csrfToken,
    expiresAt,
    deviceToken: issueDeviceToken(user.id, user.passwordHash),
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      agency: user.agencyCode,
    },
  };
}

export async function logout({ ctx, token }: { ctx: ServiceContext; token: string }): Promise<void> {
  const tokenHash = sha256(token);
  await ctx.users.revokeSession(tokenHash, ctx.clock.now());
  ctx.realtime.revoke([`session:${tokenHash}`]);
}
