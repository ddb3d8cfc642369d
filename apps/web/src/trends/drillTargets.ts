import type { Commodity, SeizureTimePoint, TrendBucket, TrendDimension } from '@tidewatch/contracts';
import type { DrillTarget } from './api.ts';
import { commodityLabel } from './commodities.ts';
import { bucketLabel } from './OverTimeChart.tsx';

export const DIMENSION_TITLE: Record<TrendDimension, string> = {
  agency: 'By agency',
  place: 'By port or area',
  route: 'By route',
};

/** "2026-11-09", "week of 2026-11-09", "Nov 2026": the bucket as its local start date says. */
function describeBucket(bucketStart: string, bucket: TrendBucket): string {
  if (bucket === 'month') return bucketLabel(bucketStart, 'month');
  return bucket === 'week' ? `week of ${bucketStart}` : bucketStart;
}

/** A click on a time bar, or on one commodity's segment of it. */
export function bucketTarget(point: SeizureTimePoint, bucket: TrendBucket, commodity: Commodity | null): DrillTarget {
  const when = describeBucket(point.bucketStart, bucket);
  return {
    kind: 'bucket',
    bucket,
    bucketStart: point.bucketStart,
    commodity,
    total: commodity === null ? point.total : point.counts[commodity],
    label: commodity === null ? when : `${commodityLabel(commodity)}, ${when}`,
  };
}

/** A click on a row of a by-agency, by-place or by-route list. */
export function groupTarget(dimension: TrendDimension, key: string, total: number): DrillTarget {
  return { kind: 'group', dimension, key, total, label: `${DIMENSION_TITLE[dimension].replace('By ', '')}: ${key}` };
}

/** "14 seizures", or "500 of 612 seizures" while the rest is still on the server. */
export function describeCount(loaded: number, total: number, more: boolean): string {
  const n = more
    ? `${loaded.toLocaleString('en-US')} of ${Math.max(total, loaded).toLocaleString('en-US')}`
    : loaded.toLocaleString('en-US');
  return `${n} seizure${!more && loaded === 1 ? '' : 's'}`;
}
