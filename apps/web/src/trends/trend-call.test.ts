import { describe, expect, it } from 'vitest';
import { SeizuresOverTimeQuery, type TrendArea } from '@tidewatch/contracts';
import { areaPoints, MAX_TREND_GET_URL, parseAreaText, trendCall } from './trend-call.ts';

function circle(points: number): TrendArea {
  const ring = Array.from({ length: points }, (_, i): [number, number] => {
    const a = (2 * Math.PI * i) / points;
    return [Math.round((-76.8 + 0.2 * Math.cos(a)) * 1e6) / 1e6, Math.round((17.96 + 0.2 * Math.sin(a)) * 1e6) / 1e6];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0] ?? [0, 0]]] };
}

const params = (area: TrendArea | null) => {
  const p = new URLSearchParams({ from: '2026-10-01T00:00:00Z', to: '2026-10-15T00:00:00Z', tz: 'UTC', bucket: 'day' });
  if (area) p.set('area', JSON.stringify(area));
  return p;
};

describe('trend queries with a drawn area (DATA-3)', () => {
  it('[DATA-3] stays a GET while the URL is short', () => {
    const call = trendCall('/api/v1/trends/seizures/over-time', params(circle(8)));
    expect(call.method).toBe('GET');
    expect(call.path.length).toBeLessThanOrEqual(MAX_TREND_GET_URL);
  });

  it('[DATA-3] a 1,000-point area goes as the POST form, with a body the server schema accepts unchanged', () => {
    const area = circle(1000);
    const call = trendCall('/api/v1/trends/seizures/over-time', params(area));
    expect(call).toMatchObject({ method: 'POST', path: '/api/v1/trends/seizures/over-time' });
    if (call.method !== 'POST') throw new Error('expected POST');
    const parsed = SeizuresOverTimeQuery.safeParse(call.body);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.area).toEqual(area);
  });

  it('[DATA-3] reads a pasted Feature or geometry, and says why anything else is refused', () => {
    const area = circle(5);
    expect(parseAreaText(JSON.stringify({ type: 'Feature', properties: {}, geometry: area }))).toEqual({ area });
    expect(areaPoints(area)).toBe(6);
    expect(parseAreaText('not json')).toEqual({ problem: null });
    expect(parseAreaText('{"type":"Point","coordinates":[0,0]}')).toHaveProperty('problem');
  });
});
