import { COMMODITIES, type TrendFilterQuery, type CommodityCounts, type TrendArea } from '@tidewatch/contracts';
import type { AreaPolygons, SeizureTrendFilter, TrendCell } from '@tidewatch/db';
import type { z } from 'zod';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import { ServiceError, validationError } from '../errors.ts';
import { validArea } from '../geometry/valid-area.ts';
import type { TrendContext } from './trend-context.ts';

const DAY_MS = 86_400_000;
export const DEFAULT_RANGE_DAYS = 90;
// Ten years of day buckets is 3,650 bars: beyond that a query is a mistake, not a chart.
const MAX_RANGE_MS = 3660 * DAY_MS;

export interface ParsedTrendQuery<Q> {
  query: Q;
  filter: SeizureTrendFilter;
  tz: string;
}

function areaPolygons(area: TrendArea): AreaPolygons {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
}

/**
 * Authorizes, parses and scopes a trend query: the one place trend filters are built, so none can leave out
 * the viewer's releasability (REL-8).
 */
export function parseTrendQuery<S extends z.ZodType<TrendFilterQuery & object>>(
  ctx: TrendContext,
  schema: S,
  raw: unknown,
): ParsedTrendQuery<z.output<S>> {
  requirePermission(ctx, 'events:read');
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const q = parsed.data;
  const to = q.to ? new Date(q.to) : ctx.clock.now();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS);
  if (from >= to)
    throw new ServiceError('validation_failed', 'from must be before to', [{ path: 'from', message: 'before to' }]);
  if (to.getTime() - from.getTime() > MAX_RANGE_MS) {
    throw new ServiceError('validation_failed', 'a trend spans at most ten years', [
      { path: 'from', message: 'at most ten years before to' },
    ]);
  }
  return {
    query: q,
    tz: q.tz ?? ctx.defaultTimeZone,
    filter: {
      from: from.toISOString(),
      to: to.toISOString(),
      commodities: q.commodity,
      agencies: q.agency,
      bbox: q.bbox,
      area: q.area ? validArea('area', areaPolygons(q.area)) : undefined,
      viewer: viewerScope(ctx.viewer),
    },
  };
}

export function emptyCounts(): CommodityCounts {
  return Object.fromEntries(COMMODITIES.map((c) => [c, 0])) as CommodityCounts;
}

/** Adds a cell to per-commodity counts; an unknown commodity (older data) counts as `other`. */
export function addToCounts(counts: CommodityCounts, commodity: string, n: number): void {
  const key = (COMMODITIES as readonly string[]).includes(commodity) ? (commodity as keyof CommodityCounts) : 'other';
  counts[key] += n;
}

/** AUD-1: a trend that counted AMBER, AMBER+STRICT or RED seizures is a read of them; one row per request. */
export function auditTrendRead(
  ctx: TrendContext,
  action: string,
  cells: readonly { restricted: number }[],
  filter: SeizureTrendFilter,
): void {
  const restricted = cells.reduce((sum, c) => sum + c.restricted, 0);
  if (restricted === 0) return;
  ctx.audit.record({
    actor: ctx.actor,
    action,
    targetType: 'event',
    outcome: 'success',
    detail: {
      restrictedRows: restricted,
      from: filter.from,
      to: filter.to,
      commodities: filter.commodities,
      agencies: filter.agencies,
    },
  });
}

export type { TrendCell };
