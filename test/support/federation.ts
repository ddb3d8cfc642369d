import { createFederationRepository } from '@tidewatch/db';
import type { IntelEvent } from '@tidewatch/contracts';
import { ServerConfig, startServer, type RunningServer, type ServerConfigInput } from '@tidewatch/server';
import { hashPassword } from '../../apps/server/src/auth/passwords.ts';
import { sha256 } from '../../apps/server/src/auth/tokens.ts';
import { login, type UserSession } from './session.ts';
import { TEST_PASSWORD, testKey } from './server.ts';

export interface AgencySeed {
  code: string;
  name: string;
  country: string;
}

export interface DeploymentSeed {
  id: string;
  dataDir: string;
  port?: number;
  hosts: readonly AgencySeed[];
  /** The agencies each partner hosts, as they appear here (remote agencies, FED-1). */
  remote: Readonly<Record<string, readonly AgencySeed[]>>;
  groups: readonly { code: string; name: string; members: string[] }[];
  config?: ServerConfigInput;
}

export const JM_AGENCIES: AgencySeed[] = [
  { code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' },
  { code: 'JCF', name: 'Jamaica Constabulary Force', country: 'JM' },
];
export const US_AGENCIES: AgencySeed[] = [
  { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' },
  { code: 'USCG', name: 'US Coast Guard', country: 'US' },
];
export const CMAA = { code: 'jca-cbp-cmaa', name: 'JCA-CBP customs mutual assistance', members: ['JCA', 'CBP'] };

/** The credential `from` presents to `to`'s feed. */
export const linkToken = (from: string, to: string) => `fed_${from}_to_${to}_0123456789abcdef`;

let passwordHash: Promise<string> | undefined;

/**
 * A real deployment on its own data folder: the agencies it hosts (keys `testKey(code)`, administrator
 * `<code>.admin`), its partners' agencies as remote agencies, and the agreements. Idempotent, so a restart on
 * the same folder seeds nothing new. Partners are added through the admin API (addPartner).
 */
export async function startDeployment(seed: DeploymentSeed): Promise<RunningServer> {
  const server = await startServer(
    ServerConfig.parse({
      PORT: seed.port ?? 0,
      HOST: '127.0.0.1',
      DEMO: 'off',
      LOG_LEVEL: 'silent',
      WEB_DIST: '/nonexistent',
      DATA_DIR: seed.dataDir,
      DEPLOYMENT_ID: seed.id,
      FEDERATION_LONG_POLL_MS: 3000,
      ...seed.config,
    }),
  );
  const { ctx } = server;
  const repo = createFederationRepository(server.database.db);
  passwordHash ??= hashPassword(TEST_PASSWORD);
  await ctx.agencies.upsertMany([...seed.hosts]);
  for (const [home, agencies] of Object.entries(seed.remote)) {
    for (const agency of agencies) await repo.insertRemoteAgency({ ...agency, home });
  }
  for (const group of seed.groups) await ctx.sharingGroups.upsert(group);
  for (const { code } of seed.hosts) {
    await ctx.users.upsertByUsername({
      username: `${code.toLowerCase()}.admin`,
      displayName: `${code} admin`,
      agencyCode: code,
      role: 'administrator',
      passwordHash: await passwordHash,
    });
    await ctx.apiKeys.upsertByHash({
      agencyCode: code,
      kind: 'api',
      name: `test key ${code}`,
      prefix: 'tw_key_test',
      keyHash: sha256(testKey(code)),
      scopes: ['events:read', 'events:write', 'events:export'],
    });
  }
  return server;
}

export async function adminOf(server: RunningServer, agency: string): Promise<UserSession> {
  return login(server.url, `${agency.toLowerCase()}.admin`);
}

/** Adds `partner` (at `partnerUrl`) to the deployment `here` through the admin API, as an administrator would. */
export async function addPartner(
  admin: UserSession,
  here: string,
  partner: { id: string; name: string; url: string },
): Promise<void> {
  const res = await admin.request('/api/v1/admin/partners', {
    method: 'POST',
    body: {
      id: partner.id,
      name: partner.name,
      baseUrl: partner.url,
      outboundToken: linkToken(here, partner.id),
      inboundToken: linkToken(partner.id, here),
    },
  });
  if (res.status !== 201)
    throw new Error(`adding partner ${partner.id} answered ${res.status}: ${JSON.stringify(res.json)}`);
}

/** Every event `agency` may read on `server`, by REST list (newest first, all pages). */
export async function readableEvents(server: RunningServer, agency: string, q?: string): Promise<IntelEvent[]> {
  const all: IntelEvent[] = [];
  let cursor: string | undefined;
  for (;;) {
    const params = new URLSearchParams({ limit: '500' });
    if (q) params.set('q', q);
    if (cursor) params.set('cursor', cursor);
    const res = await fetch(`${server.url}/api/v1/events?${params}`, {
      headers: { authorization: `Bearer ${testKey(agency)}` },
    });
    if (res.status !== 200) throw new Error(`listing as ${agency} answered ${res.status}`);
    const page = (await res.json()) as { items: IntelEvent[]; nextCursor: string | null };
    all.push(...page.items);
    if (!page.nextCursor) return all;
    cursor = page.nextCursor;
  }
}

/** Polls `check` until it holds or `ms` pass (a loaded machine: deadlines, never bare sleeps). */
export async function eventually(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
