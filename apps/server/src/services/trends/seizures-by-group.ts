import { SeizuresByQuery, type SeizureGroupRow, type SeizuresByGroup, type TrendDimension } from '@tidewatch/contracts';
import { addToCounts, auditTrendRead, emptyCounts, parseTrendQuery } from './trend-filter.ts';
import type { TrendContext } from './trend-context.ts';

/** Seizures per owning agency, place or route, largest first, the rest summed in `otherTotal` (REL-8). */
export async function seizuresByGroup({
  ctx,
  dimension,
  query,
}: {
  ctx: TrendContext;
  dimension: TrendDimension;
  query: unknown;
}): Promise<SeizuresByGroup> {
  const { query: q, filter, tz } = parseTrendQuery(ctx, SeizuresByQuery, query);
  const cells = await ctx.trends.byGroup(filter, dimension);
  const rows = new Map<string, SeizureGroupRow>();
  for (const cell of cells) {
    let row = rows.get(cell.key);
    if (!row) {
      row = { key: cell.key, total: 0, counts: emptyCounts(), valueUsd: 0 };
      rows.set(cell.key, row);
    }
    addToCounts(row.counts, cell.commodity, cell.n);
    row.total += cell.n;
    row.valueUsd += cell.valueUsd;
  }
  const sorted = [...rows.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  const kept = sorted.slice(0, q.limit);
  const otherTotal = sorted.slice(q.limit).reduce((sum, r) => sum + r.total, 0);
  auditTrendRead(ctx, `trend.seizures.by_${dimension}`, cells, filter);
  return { from: filter.from, to: filter.to, tz, dimension, rows: kept, otherTotal };
}
