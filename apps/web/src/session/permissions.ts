import type { Role, Session } from './types.ts';

/** Mirrors the server's role table (apps/server/src/auth/actor.ts); the server still decides every request. */
export type Permission =
  | 'events:write'
  | 'events:triage'
  | 'events:export'
  | 'annotations:write'
  | 'audit:read'
  | 'tasks:write'
  | 'admin';

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  analyst: ['events:write', 'events:triage', 'events:export', 'annotations:write'],
  supervisor: ['events:write', 'events:triage', 'events:export', 'annotations:write', 'audit:read', 'tasks:write'],
  commander: ['events:export', 'annotations:write', 'tasks:write'],
  wall_display: [],
  administrator: ['audit:read', 'admin'],
};

/** Device tokens only receive (AUTH-8): every write control is hidden for them. */
export function can(session: Session, permission: Permission): boolean {
  return session.kind === 'user' && ROLE_PERMISSIONS[session.user.role].includes(permission);
}
