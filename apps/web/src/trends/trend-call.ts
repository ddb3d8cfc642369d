import { parseTrendArea, type TrendArea } from '@tidewatch/contracts';
import type { ApiIssue } from '../api/http.ts';

/**
 * Longest trend URL sent as a GET. Node refuses a request head over 16 KB (431) and proxies often stop at
 * 8 KB; a drawn area of a few hundred corners is already past that once URL-encoded.
 */
export const MAX_TREND_GET_URL = 4000;

export type TrendCall =
  | { method: 'GET'; path: string }
  | { method: 'POST'; path: string; body: Record<string, string> };

/** DATA-3: a trend query goes as a GET while its URL is short, else as the POST form with the same filters as a body. */
export function trendCall(path: string, params: URLSearchParams): TrendCall {
  const url = `${path}?${params}`;
  if (url.length <= MAX_TREND_GET_URL) return { method: 'GET', path: url };
  return { method: 'POST', path, body: Object.fromEntries(params) };
}

/**
 * A drawn area pasted as GeoJSON (a Polygon, MultiPolygon, or a Feature holding one); otherwise why not: null
 * when the text is not JSON at all, else the schema's first issue, worded by forms/issueText (I18N-5).
 */
export function parseAreaText(text: string): { area: TrendArea } | { problem: ApiIssue | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: null };
  }
  const parsed = parseTrendArea(json);
  if (parsed.success) return { area: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { problem: null };
  const bound =
    issue.code === 'too_big'
      ? { origin: issue.origin, limit: Number(issue.maximum) }
      : issue.code === 'too_small'
        ? { origin: issue.origin, limit: Number(issue.minimum) }
        : {};
  return { problem: { path: issue.path.join('.'), message: issue.message, code: issue.code, ...bound } };
}

/** Corners of an area, for a label: "polygon of 1,000 points". */
export function areaPoints(area: TrendArea): number {
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  return rings.reduce((n, ring) => n + ring.length, 0);
}
