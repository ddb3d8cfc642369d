import type { EventInput } from '@tidewatch/contracts';
import {
  ServerConfig,
  startServer,
  type RunningServer,
  type ServerConfigInput,
  type StartOptions,
} from '@tidewatch/server';
import type { Role } from '../../apps/server/src/auth/actor.ts';
import { hashPassword } from '../../apps/server/src/auth/passwords.ts';
import { sha256 } from '../../apps/server/src/auth/tokens.ts';
import { seedMigratedDataDir } from './migrated-data-dir.ts';

export const TEST_AGENCIES = [
  { code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' },
  { code: 'JCF', name: 'Jamaica Constabulary Force', country: 'JM' },
  { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' },
  { code: 'USCG', name: 'US Coast Guard', country: 'US' },
  { code: 'IMPACS', name: 'CARICOM IMPACS', country: 'TT' },
];
export const TEST_GROUPS = [
  { code: 'jca-cbp-cmaa', name: 'JCA-CBP customs mutual assistance', members: ['JCA', 'CBP'] },
];
export const TEST_PASSWORD = 'correct horse battery staple';

/** The API key of each test agency (read and write). */
export const testKey = (agency: string) => `tw_key_test_${agency.toLowerCase()}_0123456789`;
/** The wall-display device token of each test agency. */
export const testDeviceToken = (agency: string) => `tw_dev_test_${agency.toLowerCase()}_0123456789`;

let passwordHash: Promise<string> | undefined;

/** Stores the user `<code>.<role>` of agency `code` (lower case), password TEST_PASSWORD. */
export async function addTestUser(server: RunningServer, code: string, role: Role): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const username = `${code.toLowerCase()}.${role === 'administrator' ? 'admin' : role}`;
  await server.ctx.users.upsertByUsername({
    username,
    displayName: `${code} ${role === 'administrator' ? 'admin' : role}`,
    agencyCode: code,
    role,
    passwordHash: await passwordHash,
  });
  return username;
}

/**
 * A real server on port 0 with the demo world off, and the test agencies, agreement, keys and users stored:
 * per agency `<code>.analyst` (analyst) and `<code>.admin` (administrator), password TEST_PASSWORD.
 * An empty embedded DATA_DIR starts as a copy of the run's migrated template (migrated-data-dir.ts) rather
 * than migrating from nothing; a folder that already holds data is opened as it is.
 */
export async function startTestServer(
  overrides: ServerConfigInput = {},
  options: StartOptions = {},
): Promise<RunningServer> {
  const config = ServerConfig.parse({
    PORT: 0,
    HOST: '127.0.0.1',
    DEMO: 'off',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    ...overrides,
  });
  if (config.DATABASE_URL === undefined) await seedMigratedDataDir(config.DATA_DIR);
  const server = await startServer(config, options);
  const { ctx } = server;
  await ctx.agencies.upsertMany(TEST_AGENCIES);
  for (const group of TEST_GROUPS) await ctx.sharingGroups.upsert(group);
  for (const { code } of TEST_AGENCIES) {
    await addTestUser(server, code, 'analyst');
    await addTestUser(server, code, 'administrator');
    await ctx.apiKeys.upsertByHash({
      agencyCode: code,
      kind: 'api',
      name: `test key ${code}`,
      prefix: 'tw_key_test',
      keyHash: sha256(testKey(code)),
      scopes: ['events:read', 'events:write', 'events:export'],
    });
    await ctx.apiKeys.upsertByHash({
      agencyCode: code,
      kind: 'device',
      name: `test wall ${code}`,
      prefix: 'tw_dev_test',
      keyHash: sha256(testDeviceToken(code)),
      scopes: ['events:read'],
    });
  }
  return server;
}

/** A clock that runs with real time plus an offset the test moves forward, so timeouts pass without sleeping. */
export class OffsetClock {
  #offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }
  advance(ms: number): void {
    this.#offsetMs += ms;
  }
}

/** The example body from the foundation issue; it must be accepted exactly as written. */
export const EXAMPLE_EVENT = {
  kind: 'seizure',
  title: 'Firearms in barrel shipment',
  occurredAt: '2026-11-20T14:05:00Z',
  position: { lat: 17.9712, lon: -76.7936 },
  ownerAgency: 'JCA',
  releasability: { tlp: 'AMBER', recipients: ['CBP'] },
  severity: 4,
  seizure: { commodity: 'firearms', quantity: 12, unit: 'items' },
} satisfies EventInput;

export interface AsOptions {
  /** Whose API key to use; defaults to JCA. `null` sends no credentials. */
  agency?: string | null;
  headers?: Record<string, string>;
}

function authHeaders(as: AsOptions): Record<string, string> {
  const agency = as.agency === undefined ? 'JCA' : as.agency;
  return { ...(agency ? { authorization: `Bearer ${testKey(agency)}` } : {}), ...as.headers };
}

export async function postEvent(
  baseUrl: string,
  body: unknown,
  as: AsOptions = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}/api/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders(as) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** GET as an agency's API key; answers the status and the parsed JSON body. */
export async function getJson<T = Record<string, unknown>>(
  baseUrl: string,
  path: string,
  as: AsOptions = {},
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${baseUrl}${path}`, { headers: authHeaders(as) });
  return { status: res.status, json: (await res.json()) as T };
}
