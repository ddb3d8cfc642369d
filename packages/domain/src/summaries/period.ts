import { addDays, localDateOf, wallTimeOf, zonedToUtc } from './zoned-time.ts';

export interface SummaryPeriod {
  /** Local date the period ends on: the summary's name. */
  date: string;
  start: Date;
  end: Date;
}

/** The 24 hours (23 or 25 across a daylight-saving change) ending on `date` at `hour`:00 local time. */
export function summaryPeriod(date: string, hour: number, timeZone: string): SummaryPeriod {
  return { date, start: zonedToUtc(addDays(date, -1), hour, timeZone), end: zonedToUtc(date, hour, timeZone) };
}

/** The newest summary whose period has ended at `now`: today's once the local clock has passed `hour`. */
export function latestDueDate(now: Date, hour: number, timeZone: string): string {
  const today = localDateOf(now, timeZone);
  return wallTimeOf(now, timeZone).hour >= hour ? today : addDays(today, -1);
}
