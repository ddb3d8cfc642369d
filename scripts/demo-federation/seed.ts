import { createRepositories, openDatabase } from '@tidewatch/db';
import { hashPassword } from '../../apps/server/src/auth/passwords.ts';
import { sha256 } from '../../apps/server/src/auth/tokens.ts';

export interface AgencySeed {
  code: string;
  name: string;
  country: string;
}

export interface DeploymentPlan {
  id: string;
  name: string;
  port: number;
  dataDir: string;
  hosts: AgencySeed[];
}

/** Published on purpose, for this demo only (README): every account's password, and each agency's API key. */
export const DEMO_PASSWORD = 'tidewatch-federation-demo';
export const demoKey = (agency: string) => `tw_key_fed_${agency.toLowerCase()}_demo_0123456789`;
export const linkToken = (from: string, to: string) => `tw_fed_${from}_to_${to}_demo_0123456789`;
export const AGREEMENT = { code: 'jca-cbp-cmaa', name: 'JCA-CBP customs mutual assistance', members: ['JCA', 'CBP'] };

/**
 * Seeds one deployment's data folder before its server starts (the folder is one process's at a time): its own
 * agencies with an analyst, an administrator and an API key each; the partner's agencies as remote agencies;
 * the agreement; and the partner link. Idempotent: a second run keeps what is there.
 */
export async function seedDeployment(plan: DeploymentPlan, partner: DeploymentPlan): Promise<void> {
  const database = await openDatabase({ dataDir: plan.dataDir, embeddedThread: 'main' });
  try {
    const repos = createRepositories(database.db);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await repos.agencies.upsertMany(plan.hosts);
    for (const agency of partner.hosts) await repos.federation.insertRemoteAgency({ ...agency, home: partner.id });
    await repos.sharingGroups.upsert(AGREEMENT);
    for (const { code } of plan.hosts) {
      for (const role of ['analyst', 'administrator'] as const) {
        await repos.users.upsertByUsername({
          username: `${code.toLowerCase()}.${role === 'administrator' ? 'admin' : role}`,
          displayName: `${code} ${role}`,
          agencyCode: code,
          role,
          passwordHash,
        });
      }
      await repos.apiKeys.upsertByHash({
        agencyCode: code,
        kind: 'api',
        name: `federation demo key ${code}`,
        prefix: demoKey(code).slice(0, 12),
        keyHash: sha256(demoKey(code)),
        scopes: ['events:read', 'events:write', 'events:export'],
      });
    }
    await repos.federation.insertNew({
      id: partner.id,
      name: partner.name,
      baseUrl: `http://127.0.0.1:${partner.port}`,
      outboundToken: linkToken(plan.id, partner.id),
      inboundTokenHash: sha256(linkToken(partner.id, plan.id)),
      enabled: true,
    });
  } finally {
    await database.close();
  }
}
