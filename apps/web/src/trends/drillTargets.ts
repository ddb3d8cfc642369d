import type { Commodity, SeizureTimePoint, TrendBucket, TrendDimension } from '@tidewatch/contracts';
import { translate } from '../i18n/index.ts';
import { commodityLabel } from '../theme/vocabulary.ts';
import type { DrillTarget } from './api.ts';
import { translations } from './translations.ts';

/**
 * "2026-11-09", "week of 2026-11-09", "2026-11": the bucket as its local start date says, unambiguous in every
 * language (the chart's ticks are the friendlier short form).
 */
function describeBucket(bucketStart: string, bucket: TrendBucket): string {
  if (bucket === 'month') return bucketStart.slice(0, 7);
  return bucket === 'week' ? translate(translations, 'weekOf', { date: bucketStart }) : bucketStart;
}

/**
 * A click on a time bar, or on one commodity's segment of it. The label is worded in the language of the
 * moment: it names the set in the drill-down and the feed's banner until the set is dismissed.
 */
export function bucketTarget(point: SeizureTimePoint, bucket: TrendBucket, commodity: Commodity | null): DrillTarget {
  const when = describeBucket(point.bucketStart, bucket);
  return {
    kind: 'bucket',
    bucket,
    bucketStart: point.bucketStart,
    commodity,
    total: commodity === null ? point.total : point.counts[commodity],
    label:
      commodity === null
        ? when
        : translate(translations, 'bucketLabel', { commodity: commodityLabel(commodity), when }),
  };
}

/** A click on a row of a by-agency, by-place or by-route list. */
export function groupTarget(dimension: TrendDimension, key: string, total: number): DrillTarget {
  return { kind: 'group', dimension, key, total, label: translate(translations, 'groupLabel', { dimension, key }) };
}

/** "14 seizures", or "500 of 612 seizures" while the rest is still on the server, in the language of the moment. */
export function describeCount(loaded: number, total: number, more: boolean): string {
  return more
    ? translate(translations, 'someOfSeizures', { loaded, total: Math.max(total, loaded) })
    : translate(translations, 'seizures', { count: loaded });
}
