import { useSyncExternalStore } from 'react';
import { sessionStore } from './sessionStore.ts';
import type { Session } from './types.ts';
import { can, type Permission } from './permissions.ts';

export function useSession(): Session {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot);
}

export function useCan(permission: Permission): boolean {
  return can(useSession(), permission);
}
