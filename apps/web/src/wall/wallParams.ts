import { storeDeviceToken } from '../auth/index.ts';
import { applyWallLanguage, rememberWallLanguage } from './wallLanguage.ts';

export const WALL_PATH = '/wall';

export interface WallParams {
  /** Seconds between map views; 0 = no rotation. `?rotate=60` */
  rotateSeconds: number;
  /** Seconds without any data before the stale banner shows. `?staleAfter=300` */
  staleAfterSeconds: number;
  /** Minutes an unacknowledged high-severity alert stays up. `?alertMinutes=10` */
  alertMinutes: number;
  /** Events at or above this severity are drawn on the wall map. `?minSeverity=4` */
  minSeverity: number;
}

function num(params: URLSearchParams, key: string, fallback: number, min: number, max: number): number {
  const raw = params.get(key);
  if (raw === null || raw.trim() === '') return fallback;
  const v = Number(raw);
  return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
}

export function readWallParams(search = window.location.search): WallParams {
  const p = new URLSearchParams(search);
  return {
    rotateSeconds: num(p, 'rotate', 0, 0, 3600),
    staleAfterSeconds: num(p, 'staleAfter', 300, 5, 86_400),
    alertMinutes: num(p, 'alertMinutes', 10, 0.1, 24 * 60),
    minSeverity: Math.round(num(p, 'minSeverity', 4, 1, 5)),
  };
}

export function isWallPath(pathname = window.location.pathname): boolean {
  return pathname === WALL_PATH || pathname === `${WALL_PATH}/`;
}

/**
 * `/wall#token=tw_dev_...&lang=fr` signs a wall display in once: the token is stored (as the token form would)
 * with the language that came with it, and removed from the address bar at once, so it is neither left on
 * screen nor kept in the history. The wall's language then applies (`?lang=` in the address wins).
 */
export function consumeWallToken(): void {
  if (!isWallPath()) return;
  const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = hash.get('token');
  if (token !== null) {
    if (/^tw_(dev|key)_\S{4,}$/.test(token.trim())) {
      try {
        storeDeviceToken(token.trim());
        rememberWallLanguage(hash.get('lang'));
      } catch {
        // storage refused (private mode): the login page will ask for it
      }
    }
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  }
  applyWallLanguage();
}
