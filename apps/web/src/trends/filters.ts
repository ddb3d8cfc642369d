import type { TrendFilters } from './api.ts';

export const PRESETS = [
  { id: '7d', label: '7 days', days: 7 },
  { id: '30d', label: '30 days', days: 30 },
  { id: '90d', label: '90 days', days: 90 },
  { id: '365d', label: '12 months', days: 365 },
] as const;
export type PresetId = (typeof PRESETS)[number]['id'] | 'custom';

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD of a local date, for <input type="date">. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of a YYYY-MM-DD date. */
function startOfLocalDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** The last `days` whole local days including today: [midnight `days - 1` days ago, next midnight). */
export function presetRange(days: number, now = new Date()): { from: string; to: string } {
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const start = new Date(end.getFullYear(), end.getMonth(), end.getDate() - days);
  return { from: start.toISOString(), to: end.toISOString() };
}

/** A custom range of local dates, both included. */
export function customRange(fromDate: string, toDate: string): { from: string; to: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fromDate) || !/^\d{4}-\d{2}-\d{2}$/.test(toDate)) return null;
  const start = startOfLocalDay(fromDate);
  const endDay = startOfLocalDay(toDate);
  const end = new Date(endDay.getFullYear(), endDay.getMonth(), endDay.getDate() + 1);
  if (end <= start) return null;
  return { from: start.toISOString(), to: end.toISOString() };
}

export function defaultFilters(): TrendFilters {
  return { ...presetRange(30), commodities: [], agencies: [], bbox: '' };
}

/** "12 Nov – 11 Dec 2026" for the range actually asked (to is exclusive). */
export function describeRange(from: string, to: string): string {
  const a = new Date(from);
  const b = new Date(new Date(to).getTime() - 1);
  const fmt = (d: Date, year: boolean) =>
    d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', ...(year ? { year: 'numeric' } : {}) });
  return `${fmt(a, a.getFullYear() !== b.getFullYear())} – ${fmt(b, true)}`;
}

/** Checks a bbox typed by hand; null when fine. */
export function bboxProblem(text: string): string | null {
  if (text.trim() === '') return null;
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return 'four numbers: minLon,minLat,maxLon,maxLat';
  const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = parts;
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) return 'degrees out of range';
  if (minLon > maxLon || minLat > maxLat) return 'min must not exceed max';
  return null;
}

interface BoundsLike {
  getWest(): number;
  getSouth(): number;
  getEast(): number;
  getNorth(): number;
}

/** The live map's current view as a bbox, or null when the map is not there. */
export function currentMapBbox(): string | null {
  const map = (window as unknown as { tidewatch?: { map?: { getBounds(): BoundsLike } } }).tidewatch?.map;
  if (!map) return null;
  const b = map.getBounds();
  const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v));
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return [r(clamp(b.getWest(), 180)), r(clamp(b.getSouth(), 90)), r(clamp(b.getEast(), 180)), r(clamp(b.getNorth(), 90))].join(',');
}
