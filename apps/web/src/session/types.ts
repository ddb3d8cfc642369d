import type { Locale } from '@tidewatch/contracts/i18n';

export const ROLES = ['analyst', 'supervisor', 'commander', 'wall_display', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agency: string;
  /** I18N-4: the language the user chose, kept on the server; null until they choose one. */
  language: Locale | null;
}

/**
 * `loading`: checking for a session at start-up. `signed-out`: show the login page, with a notice when the
 * server ended the session. `user`: cookie session. `device`: a wall-display token (receive-only).
 */
export type Session =
  | { kind: 'loading' }
  | { kind: 'signed-out'; notice: string | null }
  | { kind: 'user'; user: SessionUser; csrfToken: string; groups: readonly string[] }
  | { kind: 'device'; token: string };
