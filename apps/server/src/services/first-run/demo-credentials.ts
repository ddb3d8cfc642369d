import { verifyPassword } from '../../auth/passwords.ts';
import { sha256 } from '../../auth/tokens.ts';
import { DEMO_PASSWORD, demoApiKey, demoDeviceToken, demoUsernames } from '../../demo/demo-credentials.ts';
import { SYSTEM_ACTOR, type FirstRunContext } from './first-run-context.ts';

/** Demo credentials that still work: anyone who has read the README can use them. */
export interface ActiveDemoCredentials {
  users: { id: string; username: string }[];
  keys: { id: string; kind: string; prefix: string; agencyCode: string }[];
}

export const hasDemoCredentials = (found: ActiveDemoCredentials) => found.users.length > 0 || found.keys.length > 0;

/**
 * OPS-1. A demo user counts only while its password is still the published one, so a real `admin` whose
 * password was changed keeps working; demo keys and device tokens are recognised by their hash. Demo users share
 * one hash, so the slow scrypt check runs once per distinct hash, not once per user.
 */
export async function findActiveDemoCredentials(ctx: FirstRunContext): Promise<ActiveDemoCredentials> {
  const codes = (await ctx.agencies.list()).map((a) => a.code);
  const candidates = await ctx.firstRun.activeUsersNamed(demoUsernames(codes));
  const verdicts = new Map<string, Promise<boolean>>();
  const users: ActiveDemoCredentials['users'] = [];
  for (const user of candidates) {
    let verdict = verdicts.get(user.passwordHash);
    if (!verdict) {
      verdict = verifyPassword(DEMO_PASSWORD, user.passwordHash);
      verdicts.set(user.passwordHash, verdict);
    }
    if (await verdict) users.push({ id: user.id, username: user.username });
  }
  const keyHashes = codes.flatMap((code) => [sha256(demoApiKey(code)), sha256(demoDeviceToken(code))]);
  const keys = (await ctx.firstRun.activeKeysWithHashes(keyHashes)).map(({ id, kind, prefix, agencyCode }) => ({
    id,
    kind,
    prefix,
    agencyCode,
  }));
  return { users, keys };
}

/**
 * OPS-1. A non-demo start disables every demo login that still has the published password (ending its
 * sessions) and revokes the demo API keys and device tokens, before the node accepts a connection. Disabled,
 * not deleted: their audit rows and authored items keep pointing at them.
 */
export async function retireDemoCredentials(ctx: FirstRunContext): Promise<ActiveDemoCredentials> {
  const found = await findActiveDemoCredentials(ctx);
  if (!hasDemoCredentials(found)) return found;
  await ctx.firstRun.retire({
    userIds: found.users.map((u) => u.id),
    keyIds: found.keys.map((k) => k.id),
    now: ctx.clock.now(),
  });
  ctx.audit.record({
    actor: SYSTEM_ACTOR,
    action: 'setup.demo_credentials_retired',
    outcome: 'success',
    detail: { users: found.users.map((u) => u.username), keys: found.keys.map((k) => k.prefix) },
  });
  ctx.log.warn(
    { users: found.users.length, keys: found.keys.length },
    'DEMO=off: the demo logins (password tidewatch-demo) and demo API keys and device tokens left by a demo start are now disabled',
  );
  return found;
}

/** OPS-3. Said loudly at every demo start, so nobody mistakes a demo for a deployment; answers whether any work. */
export async function warnOfDemoCredentials(ctx: FirstRunContext): Promise<boolean> {
  const found = await findActiveDemoCredentials(ctx);
  if (!hasDemoCredentials(found)) return false;
  ctx.log.warn(
    { users: found.users.length, keys: found.keys.length },
    'DEMO=on: the published demo logins (password tidewatch-demo), API keys and device tokens work on this node; never expose it. For a real deployment start with DEMO=off on a new DATA_DIR or database and run the setup command (README, "Real deployment")',
  );
  return true;
}
