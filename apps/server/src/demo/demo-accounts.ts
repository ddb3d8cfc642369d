import { AGENCIES, SHARING_GROUPS } from '@tidewatch/simulator';
import { hashPassword } from '../auth/passwords.ts';
import { sha256 } from '../auth/tokens.ts';
import {
  DEMO_ADMIN_USERNAME,
  DEMO_PASSWORD,
  DEMO_ROLES,
  demoApiKey,
  demoDeviceToken,
  demoUsername,
} from './demo-credentials.ts';
import type { ServiceContext } from '../services/context.ts';

/**
 * The demo's people and credentials: per agency an analyst, supervisor, commander and wall-display login
 * (`jca.analyst` / tidewatch-demo), an API key and a device token, plus one platform `admin`; and the
 * agreements. Idempotent: existing rows are left as they are.
 */
export async function seedDemoAccounts(ctx: ServiceContext): Promise<void> {
  await ctx.agencies.upsertMany(AGENCIES.map(({ code, name, country }) => ({ code, name, country })));
  for (const group of SHARING_GROUPS) {
    await ctx.sharingGroups.upsert({
      code: group.id,
      name: group.name,
      description: group.description,
      members: [...group.members],
    });
  }
  if (await ctx.users.findByUsername(DEMO_ADMIN_USERNAME)) return;
  // One hash for the shared demo password: scrypt is deliberately slow, and these accounts are for show.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ctx.users.upsertByUsername({
    username: DEMO_ADMIN_USERNAME,
    displayName: 'Platform administrator',
    agencyCode: 'IMPACS',
    role: 'administrator',
    passwordHash,
  });
  for (const agency of AGENCIES) {
    for (const { suffix, role, title } of DEMO_ROLES) {
      await ctx.users.upsertByUsername({
        username: demoUsername(agency.code, suffix),
        displayName: `${agency.code} ${title}`,
        agencyCode: agency.code,
        role,
        passwordHash,
      });
    }
    for (const [kind, secret, scopes] of [
      ['api', demoApiKey(agency.code), ['events:read', 'events:write', 'events:export', 'feeds:write']],
      ['device', demoDeviceToken(agency.code), ['events:read']],
    ] as const) {
      await ctx.apiKeys.upsertByHash({
        agencyCode: agency.code,
        kind,
        name: `Demo ${kind === 'api' ? 'API key' : 'wall display'} (${agency.code})`,
        prefix: secret.slice(0, 12),
        keyHash: sha256(secret),
        scopes: [...scopes],
      });
    }
  }
}
