import {
  SeizureDrillDownPage,
  SeizuresByGroup,
  SeizuresComparison,
  SeizuresOverTime,
  TrendSettings,
  type Commodity,
  type TrendBucket,
  type TrendArea,
  type TrendDimension,
} from '@tidewatch/contracts';
import { request } from '../api/http.ts';
import { trendCall } from './trend-call.ts';

/** The filters every trend query takes, as the screen holds them. */
export interface TrendFilters {
  from: string;
  to: string;
  commodities: Commodity[];
  agencies: string[];
  /** minLon,minLat,maxLon,maxLat or empty for everywhere. */
  bbox: string;
  /** A drawn area pasted as GeoJSON, or null for none; a large one makes the queries POST (DATA-3). */
  area: TrendArea | null;
  /** IANA zone of the day, week and month boundaries (the operations zone by default). */
  tz: string;
}

/**
 * What one drill-down shows: a time bar (or one commodity's segment of it) or a category row. `total` is what
 * the chart counted there; `label` names it for people ("Cocaine, week of 2026-11-09").
 */
export type DrillTarget =
  | {
      kind: 'bucket';
      bucket: TrendBucket;
      bucketStart: string;
      commodity: Commodity | null;
      total: number;
      label: string;
    }
  | { kind: 'group'; dimension: TrendDimension; key: string; total: number; label: string };

const BASE = '/api/v1/trends/seizures';

export function filterParams(f: TrendFilters): URLSearchParams {
  const p = new URLSearchParams();
  p.set('from', f.from);
  p.set('to', f.to);
  if (f.commodities.length > 0) p.set('commodity', f.commodities.join(','));
  if (f.agencies.length > 0) p.set('agency', f.agencies.join(','));
  if (f.bbox.trim() !== '') p.set('bbox', f.bbox.trim());
  if (f.area !== null) p.set('area', JSON.stringify(f.area));
  p.set('tz', f.tz);
  return p;
}

/** GET while the URL is short, POST with the same filters as a body when a drawn area makes it long. */
function query<T>(path: string, p: URLSearchParams, parse: (raw: unknown) => T | null, signal?: AbortSignal) {
  const call = trendCall(`${BASE}/${path}`, p);
  return call.method === 'GET'
    ? request('GET', call.path, { parse, signal })
    : request('POST', call.path, { body: call.body, parse, signal });
}

function parser<T>(schema: { safeParse: (raw: unknown) => { success: true; data: T } | { success: false } }) {
  return (raw: unknown): T | null => {
    const r = schema.safeParse(raw);
    return r.success ? r.data : null;
  };
}

/** The operations zone the server buckets in when a query names none. */
export const fetchTrendSettings = (signal?: AbortSignal) =>
  request('GET', '/api/v1/trends/settings', { parse: parser(TrendSettings), signal });

export function fetchOverTime(f: TrendFilters, bucket: TrendBucket, signal?: AbortSignal) {
  const p = filterParams(f);
  p.set('bucket', bucket);
  return query('over-time', p, parser(SeizuresOverTime), signal);
}

export function fetchByGroup(f: TrendFilters, dimension: TrendDimension, signal?: AbortSignal) {
  const p = filterParams(f);
  p.set('limit', '12');
  return query(`by-${dimension}`, p, parser(SeizuresByGroup), signal);
}

export function fetchCompare(f: TrendFilters, signal?: AbortSignal) {
  return query('compare', filterParams(f), parser(SeizuresComparison), signal);
}

export function fetchDrillDown(
  f: TrendFilters,
  target: DrillTarget,
  cursor: string | null,
  limit: number,
  signal?: AbortSignal,
) {
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
  return query('events', p, parser(SeizureDrillDownPage), signal);
}
