import { isRecord, str, strings } from '../api/guards.ts';
import { isLocale } from '@tidewatch/contracts/i18n';
import { ROLES, type Role, type SessionUser } from '../session/types.ts';

export function parseUser(raw: unknown): SessionUser | null {
  if (!isRecord(raw)) return null;
  const id = str(raw, 'id');
  const username = str(raw, 'username');
  const role: Role | undefined = ROLES.find((r) => r === raw.role);
  const agency = str(raw, 'agency');
  if (id === null || username === null || agency === null || role === undefined) return null;
  const language = isLocale(raw.language) ? raw.language : null;
  return { id, username, displayName: str(raw, 'displayName') ?? username, role, agency, language };
}

export interface SignedIn {
  user: SessionUser;
  csrfToken: string;
  groups: string[];
}

/** Body of POST /auth/login and GET /auth/me (login has no groups; /me does). */
export function parseSignedIn(raw: unknown): SignedIn | null {
  if (!isRecord(raw)) return null;
  const user = parseUser(raw.user);
  const csrfToken = str(raw, 'csrfToken');
  if (!user || csrfToken === null) return null;
  return { user, csrfToken, groups: strings(raw.groups) };
}
