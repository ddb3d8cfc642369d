import { TaxiiConnection } from '@tidewatch/contracts';
import { request, type ApiResult } from '../api/http.ts';
import { arrayOf, isRecord, parser, str, strings } from '../api/guards.ts';
import { parseAgency, parseSharingGroup } from '../releasability/directory.ts';
import { ROLES, type Role } from '../session/types.ts';

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agency: string;
  disabled: boolean;
  lockedUntil: string | null;
}

export interface ApiKey {
  id: string;
  agency: string;
  kind: 'api' | 'device' | 'tak';
  name: string;
  prefix: string;
  scopes: string[];
  /** The unit a TAK device credential reports for (COT-6); null for any other key. */
  unitId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revoked: boolean;
}

function parseUser(raw: unknown): AdminUser | null {
  if (!isRecord(raw)) return null;
  const id = str(raw, 'id');
  const username = str(raw, 'username');
  const role = ROLES.find((r) => r === raw.role);
  const agency = str(raw, 'agency');
  if (id === null || username === null || role === undefined || agency === null) return null;
  return {
    id,
    username,
    displayName: str(raw, 'displayName') ?? username,
    role,
    agency,
    disabled: raw.disabled === true,
    lockedUntil: str(raw, 'lockedUntil'),
  };
}

function parseKey(raw: unknown): ApiKey | null {
  if (!isRecord(raw)) return null;
  const id = str(raw, 'id');
  const agency = str(raw, 'agency');
  if (id === null || agency === null) return null;
  return {
    id,
    agency,
    kind: raw.kind === 'device' || raw.kind === 'tak' ? raw.kind : 'api',
    name: str(raw, 'name') ?? '',
    prefix: str(raw, 'prefix') ?? '',
    scopes: strings(raw.scopes),
    unitId: str(raw, 'unitId'),
    createdAt: str(raw, 'createdAt') ?? '',
    lastUsedAt: str(raw, 'lastUsedAt'),
    revoked: raw.revoked === true,
  };
}

const accept = (raw: unknown): unknown => raw ?? {};

/** A unit a TAK device credential may be bound to: the administrator's agency's own (COT-6). */
export interface BindableUnit {
  id: string;
  callSign: string;
  ownerAgency: string;
}

function parseBindableUnit(raw: unknown): BindableUnit | null {
  if (!isRecord(raw)) return null;
  const id = str(raw, 'id');
  const callSign = str(raw, 'callSign');
  const ownerAgency = str(raw, 'ownerAgency');
  return id && callSign && ownerAgency ? { id, callSign, ownerAgency } : null;
}

export const listUnitsForDevices = () =>
  request('GET', '/api/v1/units', { parse: (raw) => arrayOf(raw, parseBindableUnit) });
const A = '/api/v1/admin';

export const listAgencies = () => request('GET', `${A}/agencies`, { parse: (raw) => arrayOf(raw, parseAgency) });
export const createAgency = (input: { code: string; name: string; country: string }) =>
  request('POST', `${A}/agencies`, { body: input, parse: accept });

export const listUsers = () => request('GET', `${A}/users`, { parse: (raw) => arrayOf(raw, parseUser) });
export const createUser = (input: {
  username: string;
  displayName: string;
  agency: string;
  role: Role;
  password: string;
}) => request('POST', `${A}/users`, { body: input, parse: parseUser });
export const updateUser = (id: string, change: { role?: Role; displayName?: string; disabled?: boolean }) =>
  request('PATCH', `${A}/users/${encodeURIComponent(id)}`, { body: change, parse: parseUser });

export const listSharingGroups = () =>
  request('GET', `${A}/sharing-groups`, { parse: (raw) => arrayOf(raw, parseSharingGroup) });
export const createSharingGroup = (input: { code: string; name: string; description: string; members: string[] }) =>
  request('POST', `${A}/sharing-groups`, { body: input, parse: accept });
export const revokeSharingGroup = (code: string) =>
  request('DELETE', `${A}/sharing-groups/${encodeURIComponent(code)}`, { parse: accept });

export const listApiKeys = () => request('GET', `${A}/api-keys`, { parse: (raw) => arrayOf(raw, parseKey) });
export const createApiKey = (input: {
  agency: string;
  name: string;
  kind: 'api' | 'device' | 'tak';
  scopes?: string[];
  unitId?: string;
}) =>
  request('POST', `${A}/api-keys`, {
    body: input,
    parse: (raw) => {
      const key = parseKey(raw);
      const secret = isRecord(raw) ? str(raw, 'secret') : null;
      return key && secret !== null ? { key, secret } : null;
    },
  });
export const revokeApiKey = (id: string) =>
  request('DELETE', `${A}/api-keys/${encodeURIComponent(id)}`, { parse: accept });

/** ADM-2: one agency joins or leaves an agreement; a leaver's sockets are disconnected at once. */
export const addAgreementMember = (code: string, agency: string) =>
  request('POST', `${A}/sharing-groups/${encodeURIComponent(code)}/members`, { body: { agency }, parse: accept });
export const removeAgreementMember = (code: string, agency: string) =>
  request('DELETE', `${A}/sharing-groups/${encodeURIComponent(code)}/members/${encodeURIComponent(agency)}`, {
    parse: accept,
  });

/** The TAXII 2.1 URLs and collection ids of the administrator's agency (TAXII-2). */
export function getTaxiiConnection(): Promise<ApiResult<TaxiiConnection>> {
  return request('GET', '/api/v1/taxii/connection', { parse: parser(TaxiiConnection) });
}
