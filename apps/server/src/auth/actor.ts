import type { Viewer } from '@tidewatch/domain';

export const ROLES = ['analyst', 'supervisor', 'commander', 'wall_display', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'events:read'
  | 'events:write'
  | 'events:triage'
  | 'events:export'
  | 'annotations:write'
  | 'audit:read'
  /** Keep the agency's patrol units: create, edit, report positions (OPSU-3). */
  | 'units:write'
  /** Task units and move tasks through their states (OPSU-4, OPSU-5). */
  | 'tasks:write'
  | 'admin';

/** What each role may do. Administration grants no extra read access to data (AUTH-2). */
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  analyst: ['events:read', 'events:write', 'events:triage', 'events:export', 'annotations:write'],
  supervisor: [
    'events:read',
    'events:write',
    'events:triage',
    'events:export',
    'annotations:write',
    'audit:read',
    'units:write',
    'tasks:write',
  ],
  commander: ['events:read', 'events:export', 'annotations:write', 'units:write', 'tasks:write'],
  wall_display: ['events:read'],
  administrator: ['events:read', 'audit:read', 'admin'],
};

export const API_KEY_SCOPES = ['events:read', 'events:write', 'events:export', 'feeds:write'] as const;

export type Actor =
  | {
      kind: 'user';
      id: string;
      name: string;
      displayName: string;
      role: Role;
      agency: string;
      sessionHash: string;
      csrfToken: string;
      sessionEndsAt: number;
    }
  | { kind: 'api_key'; id: string; name: string; agency: string; scopes: readonly string[] }
  | { kind: 'device'; id: string; name: string; agency: string }
  /** A TAK device on the CoT port (COT-6), bound to one of its agency's units or to none. */
  | { kind: 'tak_device'; id: string; name: string; agency: string; unitId: string | null }
  | { kind: 'system'; id: 'system'; name: 'system'; agency: string };

export function hasPermission(actor: Actor, permission: Permission): boolean {
  switch (actor.kind) {
    case 'user':
      return ROLE_PERMISSIONS[actor.role].includes(permission);
    case 'api_key':
      return actor.scopes.includes(permission);
    case 'device':
      // AUTH-8: a wall display only receives.
      return permission === 'events:read';
    case 'tak_device':
      // COT-9: it receives its agency's picture and files spot reports; its unit's position is its binding's.
      return permission === 'events:read' || permission === 'events:write';
    case 'system':
      return true;
  }
}

/** The identity and viewing rights a request or socket acts with. */
export interface Principal {
  actor: Actor;
  viewer: Viewer;
}

export function viewerScope(viewer: Viewer): { agency: string; groups: string[] } {
  return { agency: viewer.agency, groups: [...viewer.groups] };
}
