import {
  SeizureDrillDownPage,
  SeizuresByGroup,
  SeizuresComparison,
  SeizuresOverTime,
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
}

/** What one drill-down shows: a time bar or a category row. */
export type DrillTarget =
  | { kind: 'bucket'; bucket: TrendBucket; bucketStart: string; label: string }
  | { kind: 'group'; dimension: TrendDimension; key: string; label: string };

const BASE = '/api/v1/trends/seizures';

export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function filterParams(f: TrendFilters): URLSearchParams {
  const p = new URLSearchParams();
  p.set('from', f.from);
  p.set('to', f.to);
  if (f.commodities.length > 0) p.set('commodity', f.commodities.join(','));
  if (f.agencies.length > 0) p.set('agency', f.agencies.join(','));
  if (f.bbox.trim() !== '') p.set('bbox', f.bbox.trim());
  p.set('tz', localTimeZone());
  return p;
}

function parser<T>(schema: { safeParse: (raw: unknown) => { success: true; data: T } | { success: false } }) {
  return (raw: unknown): T | null => {
    const r = schema.safeParse(raw);
    return r.success ? r.data : null;
  };
}

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

export function fetchDrillDown(f: TrendFilters, target: DrillTarget, cursor: string | null, signal?: AbortSignal) {
  const p = filterParams(f);
  if (target.kind === 'bucket') {
    p.set('bucket', target.bucket);
    p.set('bucketStart', target.bucketStart);
  } else {
    p.set('dimension', target.dimension);
    p.set('key', target.key);
  }
  p.set('limit', '100');
  if (cursor !== null) p.set('cursor', cursor);
  return request('GET', `${BASE}/events?${p}`, { parse: parser(SeizureDrillDownPage), signal });
}
