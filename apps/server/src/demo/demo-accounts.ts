import { AGENCIES, SHARING_GROUPS } from '@tidewatch/simulator';
import { hashPassword } from '../auth/passwords.ts';
import { sha256 } from '../auth/tokens.ts';
import type { Role } from '../auth/actor.ts';
import type { ServiceContext } from '../services/context.ts';

/** Documented in the README; only ever seeded with DEMO=on. */
export const DEMO_PASSWORD = 'tidewatch-demo';
const DEMO_ROLES: { suffix: string; role: Role; title: string }[] = [
  { suffix: 'analyst', role: 'analyst', title: 'Analyst' },
  { suffix: 'supervisor', role: 'supervisor', title: 'Supervisor' },
  { suffix: 'commander', role: 'commander', title: 'Commander' },
  { suffix: 'wall', role: 'wall_display', title: 'Wall display' },
  // AUTH-9: each agency's keys, tokens and accounts are managed by its own administrator.
  { suffix: 'admin', role: 'administrator', title: 'Administrator' },
];

export const demoApiKey = (agency: string) => `tw_key_demo_${agency.toLowerCase()}`;
export const demoDeviceToken = (agency: string) => `tw_dev_demo_${agency.toLowerCase()}`;

/**
 * The demo's people and credentials: per agency an analyst, supervisor, commander and wall-display login
 * (`jca.analyst` / tidewatch-demo) and administrator (`jca.admin`), an API key and a device token, plus one
 * platform `admin` (of IMPACS); and the agreements. Idempotent: existing rows are left as they are.
 */
export async function seedDemoAccounts(ctx: ServiceContext): Promise<void> {
  await ctx.agencies.upsertMany(AGENCIES.map(({ code, name, country }) => ({ code, name, country })));
  for (const group of SHARING_GROUPS) {
    await ctx.sharingGroups.upsert({ code: group.id, name: group.name, description: group.description, members: [...group.members] });
  }
  if (await ctx.users.findByUsername('admin')) return;
  // One hash for the shared demo password: scrypt is deliberately slow, and these accounts are for show.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ctx.users.upsertByUsername({ username: 'admin', displayName: 'Platform administrator', agencyCode: 'IMPACS', role: 'administrator', passwordHash });
  for (const agency of AGENCIES) {
    for (const { suffix, role, title } of DEMO_ROLES) {
      await ctx.users.upsertByUsername({ username: `${agency.code.toLowerCase()}.${suffix}`, displayName: `${agency.code} ${title}`, agencyCode: agency.code, role, passwordHash });
    }
    for (const [kind, secret, scopes] of [
      ['api', demoApiKey(agency.code), ['events:read', 'events:write', 'events:export', 'feeds:write']],
      ['device', demoDeviceToken(agency.code), ['events:read']],
    ] as const) {
      await ctx.apiKeys.upsertByHash({ agencyCode: agency.code, kind, name: `Demo ${kind === 'api' ? 'API key' : 'wall display'} (${agency.code})`, prefix: secret.slice(0, 12), keyHash: sha256(secret), scopes: [...scopes] });
    }
  }
}
