import { useSyncExternalStore } from 'react';

export const ADMIN_TABS = ['agencies', 'users', 'agreements', 'partners', 'keys', 'audit'] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];

export type Route =
  | { page: 'main' }
  | { page: 'feeds' }
  | { page: 'trends' }
  | { page: 'summaries'; date: string | null }
  | { page: 'watchlists' }
  | { page: 'cargo' }
  | { page: 'stix' }
  | { page: 'operations' }
  | { page: 'areas' }
  | { page: 'entities'; id: string | null }
  | { page: 'admin'; tab: AdminTab };

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** `#/admin/users` and friends; anything else is the main screen. A hash keeps the server's routing out of it. */
export function parseRoute(hash: string): Route {
  if (/^#\/feeds\/?$/.test(hash)) return { page: 'feeds' };
  if (/^#\/trends\/?$/.test(hash)) return { page: 'trends' };
  if (/^#\/watchlists\/?$/.test(hash)) return { page: 'watchlists' };
  if (/^#\/cargo\/?$/.test(hash)) return { page: 'cargo' };
  if (/^#\/stix\/?$/.test(hash)) return { page: 'stix' };

  if (/^#\/operations\/?$/.test(hash)) return { page: 'operations' };

  if (/^#\/areas\/?$/.test(hash)) return { page: 'areas' };
  const entity = /^#\/entities(?:\/([0-9a-f-]{36}))?\/?$/.exec(hash);
  if (entity) return { page: 'entities', id: entity[1] ?? null };
  const summary = /^#\/summaries(?:\/(\d{4}-\d{2}-\d{2}))?\/?$/.exec(hash);
  if (summary) return { page: 'summaries', date: summary[1] ?? null };
  const match = /^#\/admin(?:\/([a-z]+))?\/?$/.exec(hash);
  if (!match) return { page: 'main' };
  const tab = ADMIN_TABS.find((t) => t === match[1]);
  return { page: 'admin', tab: tab ?? 'agencies' };
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function navigate(hash: string): void {
  window.location.hash = hash;
}

export function useRoute(): Route {
  return parseRoute(useHash());
}
