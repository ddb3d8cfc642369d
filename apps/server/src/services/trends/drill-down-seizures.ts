import { SeizureDrillDownQuery, type SeizureDrillDownPage } from '@tidewatch/contracts';
import { nextBucket, zonedToUtc } from '@tidewatch/domain';
import { auditRestrictedReads } from '../events/read-audit.ts';
import { parseTrendQuery } from './trend-filter.ts';
import type { TrendContext } from './trend-context.ts';

/**
 * The seizures behind one bar of a trend, with the trend's own filters, so the feed and the map can show
 * exactly what was counted (and nothing the viewer may not read, REL-8/REL-9). Paged like GET /events.
 */
export async function drillDownSeizures({
  ctx,
  query,
}: {
  ctx: TrendContext;
  query: unknown;
}): Promise<SeizureDrillDownPage> {
  const { query: q, filter: parsedFilter, tz } = parseTrendQuery(ctx, SeizureDrillDownQuery, query);
  // A bar clicked without the chart's range still finds its seizures: the bucket is the range then.
  const filter =
    q.bucket && q.bucketStart && !q.from && !q.to
      ? {
          ...parsedFilter,
          from: zonedToUtc(q.bucketStart, 0, tz).toISOString(),
          to: zonedToUtc(nextBucket(q.bucketStart, q.bucket), 0, tz).toISOString(),
        }
      : parsedFilter;
  const rows = await ctx.trends.drillDown(
    filter,
    {
      bucket: q.bucket && q.bucketStart ? { unit: q.bucket, start: q.bucketStart, tz } : undefined,
      group: q.dimension && q.key !== undefined ? { by: q.dimension, key: q.key } : undefined,
      beforeSeq: q.cursor === undefined ? undefined : Number(q.cursor),
    },
    q.limit + 1,
  );
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  auditRestrictedReads(ctx, 'trend.seizures.events', items);
  return { items, nextCursor: rows.length > q.limit && last ? String(last.seq) : null };
}
