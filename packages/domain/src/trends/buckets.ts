import { addDays, addMonths, zonedToUtc } from '../summaries/zoned-time.ts';

export type BucketUnit = 'day' | 'week' | 'month';

/** The start date of the bucket holding `date`, as PostgreSQL's date_trunc sees it: weeks start on Monday. */
export function truncateDate(date: string, unit: BucketUnit): string {
  if (unit === 'day') return date;
  if (unit === 'month') return `${date.slice(0, 7)}-01`;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

export function nextBucket(start: string, unit: BucketUnit): string {
  return unit === 'day' ? addDays(start, 1) : unit === 'week' ? addDays(start, 7) : addMonths(start, 1);
}

export interface BucketSlot {
  bucketStart: string;
  /** The bucket's first instant in UTC, ISO 8601. */
  startsAt: string;
}

/**
 * Every bucket from the one holding `firstDate` to the one holding `lastDate` (local dates), so a series
 * has a slot for each bar even where nothing was seized. `limit` guards against a decade of day buckets.
 */
export function bucketSlots(
  firstDate: string,
  lastDate: string,
  unit: BucketUnit,
  timeZone: string,
  limit = 5000,
): BucketSlot[] {
  const slots: BucketSlot[] = [];
  const last = truncateDate(lastDate, unit);
  for (let b = truncateDate(firstDate, unit); b <= last && slots.length < limit; b = nextBucket(b, unit)) {
    slots.push({ bucketStart: b, startsAt: zonedToUtc(b, 0, timeZone).toISOString() });
  }
  return slots;
}

/** Relative change in percent, one decimal; null when there is nothing to compare with. */
export function percentChange(current: number, before: number): number | null {
  if (before === 0) return null;
  return Math.round(((current - before) / before) * 1000) / 10;
}
