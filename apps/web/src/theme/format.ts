import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';

/**
 * "4 s ago", "12 min ago", "3 h ago", "2 d ago" (in the reader's language): short enough for a feed row,
 * readable across a room.
 */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return translate(translations, 'ageSeconds', { n: s });
  const min = Math.floor(s / 60);
  if (min < 60) return translate(translations, 'ageMinutes', { n: min });
  const h = Math.floor(min / 60);
  if (h < 48) return translate(translations, 'ageHours', { n: h });
  return translate(translations, 'ageDays', { n: Math.floor(h / 24) });
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 2026-11-20 14:05:09Z. Operations across several islands agree on UTC; local time is shown separately. */
export function formatUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`
  );
}

/** 18.0214° N, 76.7932° W: four decimals is ~11 m, finer than any report we receive. */
export function formatPosition(lat: number, lon: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(4)}° ${ns}, ${Math.abs(lon).toFixed(4)}° ${ew}`;
}

/** Short form for a feed row: 18.02°N 76.79°W. */
export function formatPositionShort(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(2)}°${lat >= 0 ? 'N' : 'S'} ${Math.abs(lon).toFixed(2)}°${lon >= 0 ? 'E' : 'W'}`;
}

/** `2026-12-07 11:45Z`: minutes are enough in tables of entries and consignments. */
export function shortUtc(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')}Z`;
}
