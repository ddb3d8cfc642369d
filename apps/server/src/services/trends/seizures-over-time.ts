import { SeizuresOverTimeQuery, type SeizuresOverTime, type SeizureTimePoint } from '@tidewatch/contracts';
import { bucketSlots, localDateOf } from '@tidewatch/domain';
import { addToCounts, auditTrendRead, emptyCounts, parseTrendQuery } from './trend-filter.ts';
import type { TrendContext } from './trend-context.ts';

/** Seizures per commodity per day, week or month in the query's zone, with a slot for every bucket (REL-8). */
export async function seizuresOverTime({
  ctx,
  query,
}: {
  ctx: TrendContext;
  query: unknown;
}): Promise<SeizuresOverTime> {
  const { query: q, filter, tz } = parseTrendQuery(ctx, SeizuresOverTimeQuery, query);
  // The last instant inside [from, to) decides the last bucket.
  const lastInstant = new Date(new Date(filter.to).getTime() - 1);
  const slots = bucketSlots(localDateOf(new Date(filter.from), tz), localDateOf(lastInstant, tz), q.bucket, tz);
  const cells = await ctx.trends.overTime(
    filter,
    slots.map((s) => s.startsAt),
  );
  const points: SeizureTimePoint[] = slots.map((s) => ({ ...s, total: 0, counts: emptyCounts(), valueUsd: 0 }));
  let total = 0;
  for (const cell of cells) {
    // The key is the 1-based index of the bucket.
    const point = points[Number(cell.key) - 1];
    if (!point) continue;
    addToCounts(point.counts, cell.commodity, cell.n);
    point.total += cell.n;
    point.valueUsd += cell.valueUsd;
    total += cell.n;
  }
  auditTrendRead(ctx, 'trend.seizures.over_time', cells, filter);
  return { from: filter.from, to: filter.to, tz, bucket: q.bucket, total, points };
}
