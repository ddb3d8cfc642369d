import { addDays, isCalendarDate, localDateOf, zonedToUtc } from '@tidewatch/domain';
import type { IntlShape } from 'react-intl';
import type { TrendFilters } from './api.ts';

/** The quick periods; each is named by the trends catalog's `preset_<id>`. */
export const PRESETS = [
  { id: '7d', days: 7 },
  { id: '30d', days: 30 },
  { id: '90d', days: 90 },
  { id: '365d', days: 365 },
] as const;
export type PresetId = (typeof PRESETS)[number]['id'] | 'custom';

/** The YYYY-MM-DD date an instant falls on in `tz`, for <input type="date">. */
export function dateIn(iso: string, tz: string): string {
  return localDateOf(new Date(iso), tz);
}

/** The last `days` whole days in `tz` including today: [midnight `days - 1` days ago, next midnight). */
export function presetRange(days: number, tz: string, now = new Date()): { from: string; to: string } {
  const today = localDateOf(now, tz);
  return {
    from: zonedToUtc(addDays(today, 1 - days), 0, tz).toISOString(),
    to: zonedToUtc(addDays(today, 1), 0, tz).toISOString(),
  };
}

/** A custom range of dates in `tz`, both included. */
export function customRange(fromDate: string, toDate: string, tz: string): { from: string; to: string } | null {
  if (!isCalendarDate(fromDate) || !isCalendarDate(toDate) || toDate < fromDate) return null;
  return { from: zonedToUtc(fromDate, 0, tz).toISOString(), to: zonedToUtc(addDays(toDate, 1), 0, tz).toISOString() };
}

/** The last 30 days in the zone the trends are asked in (the operations zone unless the analyst chose another). */
export function defaultFilters(tz: string): TrendFilters {
  return { ...presetRange(30, tz), commodities: [], agencies: [], bbox: '', area: null, tz };
}

/**
 * "Oct 21 – Nov 19, 2026" / "21 oct – 19 nov 2026" / "21 oct. – 19 nov. 2026": the range actually asked (to is
 * exclusive) as dates in `tz`, worded by the reader's language (react-intl's date range format).
 */
export function describeRange(
  from: string,
  to: string,
  tz: string,
  intl: Pick<IntlShape, 'formatDateTimeRange'>,
): string {
  return intl.formatDateTimeRange(new Date(from), new Date(new Date(to).getTime() - 1), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: tz,
  });
}

export type BboxProblem = 'shape' | 'range' | 'order';

/** Checks a bbox typed by hand; null when fine, else what is wrong (worded by the filters bar). */
export function bboxProblem(text: string): BboxProblem | null {
  if (text.trim() === '') return null;
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return 'shape';
  const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = parts;
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) return 'range';
  if (minLon > maxLon || minLat > maxLat) return 'order';
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
  return [
    r(clamp(b.getWest(), 180)),
    r(clamp(b.getSouth(), 90)),
    r(clamp(b.getEast(), 180)),
    r(clamp(b.getNorth(), 90)),
  ].join(',');
}
