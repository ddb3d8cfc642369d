import {
  SeizureDrillDownPage,
  SeizuresByGroup,
  SeizuresComparison,
  SeizuresOverTime,
  TrendSettings,
  type Commodity,
  type TrendBucket,
  type TrendDimension,
} from '@tidewatch/contracts';
import { request } from '../api/http.ts';

/** The filters every trend query takes, as the screen holds them. */
export interface TrendFilters {
  from: string;
  to: string;
  commodities: Commodity[];
  agencies: string[];
  /** minLon,minLat,maxLon,maxLat or empty for everywhere. */
  bbox: string;
  /** IANA zone of the day, week and month boundaries (the operations zone by default). */
  tz: string;
}

/**
 * What one drill-down shows: a time bar (or one commodity's segment of it) or a category row. `total` is what
 * the chart counted there; `label` names it for people ("Cocaine, week of 2026-11-09").
 */
export type DrillTarget =
  | { kind: 'bucket'; bucket: TrendBucket; bucketStart: string; commodity: Commodity | null; total: number; label: string }
  | { kind: 'group'; dimension: TrendDimension; key: string; total: number; label: string };

const BASE = '/api/v1/trends/seizures';

export function filterParams(f: TrendFilters): URLSearchParams {
  const p = new URLSearchParams();
  p.set('from', f.from);
  p.set('to', f.to);
  if (f.commodities.length > 0) p.set('commodity', f.commodities.join(','));
  if (f.agencies.length > 0) p.set('agency', f.agencies.join(','));
  if (f.bbox.trim() !== '') p.set('bbox', f.bbox.trim());
  p.set('tz', f.tz);
  return p;
}

function parser<T>(schema: { safeParse: (raw: unknown) => { success: true; data: T } | { success: false } }) {
  return (raw: unknown): T | null => {
    const r = schema.safeParse(raw);
    return r.success ? r.data : null;
  };
}

/** The operations zone the server buckets in when a query names none. */
export const fetchTrendSettings = (signal?: AbortSignal) => request('GET', '/api/v1/trends/settings', { parse: parser(TrendSettings), signal });

export function fetchOverTime(f: TrendFilters, bucket: TrendBucket, signal?: AbortSignal) {
  const p = filterParams(f);
  p.set('bucket', bucket);
  return request('GET', `${BASE}/over-time?${p}`, { parse: parser(SeizuresOverTime), signal });
}

export function fetchByGroup(f: TrendFilters, dimension: TrendDimension, signal?: AbortSignal) {
  const p = filterParams(f);
  p.set('limit', '12');
  return request('GET', `${BASE}/by-${dimension}?${p}`, { parse: parser(SeizuresByGroup), signal });
}

export function fetchCompare(f: TrendFilters, signal?: AbortSignal) {
  return request('GET', `${BASE}/compare?${filterParams(f)}`, { parse: parser(SeizuresComparison), signal });
}

export function fetchDrillDown(f: TrendFilters, target: DrillTarget, cursor: string | null, limit: number, signal?: AbortSignal) {
  const p = filterParams(f);
  if (target.kind === 'bucket') {
    p.set('bucket', target.bucket);
    p.set('bucketStart', target.bucketStart);
    // A segment narrows to its commodity, which the filters already allowed (or it would not be drawn).
    if (target.commodity !== null) p.set('commodity', target.commodity);
  } else {
    p.set('dimension', target.dimension);
    p.set('key', target.key);
  }
  p.set('limit', String(limit));
  if (cursor !== null) p.set('cursor', cursor);
  return request('GET', `${BASE}/events?${p}`, { parse: parser(SeizureDrillDownPage), signal });
}
