import { SeizuresCompareQuery, type PeriodFigures, type SeizuresComparison } from '@tidewatch/contracts';
import { percentChange } from '@tidewatch/domain';
import { addToCounts, auditTrendRead, emptyCounts, parseTrendQuery } from './trend-filter.ts';
import type { TrendContext } from './trend-context.ts';

function yearBefore(iso: string): string {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString();
}

/** This period against the one just before it (same length) and the same dates a year earlier (REL-8). */
export async function compareSeizures({
  ctx,
  query,
}: {
  ctx: TrendContext;
  query: unknown;
}): Promise<SeizuresComparison> {
  const { filter, tz } = parseTrendQuery(ctx, SeizuresCompareQuery, query);
  const length = new Date(filter.to).getTime() - new Date(filter.from).getTime();
  const previousFrom = new Date(new Date(filter.from).getTime() - length).toISOString();
  const lastYearFrom = yearBefore(filter.from);
  const lastYearTo = yearBefore(filter.to);
  const cells = await ctx.trends.comparePeriods(filter, previousFrom, lastYearFrom, lastYearTo);
  const period = (from: string, to: string): PeriodFigures => ({
    from,
    to,
    total: 0,
    counts: emptyCounts(),
    valueUsd: 0,
  });
  const current = period(filter.from, filter.to);
  const previous = period(previousFrom, filter.from);
  const lastYear = period(lastYearFrom, lastYearTo);
  for (const c of cells) {
    for (const [p, n, v] of [
      [current, c.current, c.currentValue],
      [previous, c.previous, c.previousValue],
      [lastYear, c.lastYear, c.lastYearValue],
    ] as const) {
      addToCounts(p.counts, c.commodity, n);
      p.total += n;
      p.valueUsd += v;
    }
  }
  auditTrendRead(ctx, 'trend.seizures.compare', cells, filter);
  return {
    tz,
    current,
    previous,
    lastYear,
    changeVsPreviousPct: percentChange(current.total, previous.total),
    changeVsLastYearPct: percentChange(current.total, lastYear.total),
  };
}
