import type { Locale } from '../i18n/index.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

function calendarDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** "Sat, 28 Nov 2026" / "sáb, 28 nov 2026" for a YYYY-MM-DD date (a calendar date, not an instant: no zone shift). */
export function formatDay(date: string, locale: Locale): string {
  return calendarDay(date).toLocaleDateString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "28 Nov 06:00" in the summary's own time zone (named beside it by the caller). */
export function formatInZone(iso: string, timeZone: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return d.toLocaleString(locale, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
      timeZone,
    });
  } catch {
    return `${d.getUTCDate()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`;
  }
}

/** An average with one decimal below ten, whole above, in the language's digits and separators. */
export function formatAvg(n: number, locale: Locale): string {
  const digits = n >= 10 ? 0 : 1;
  return n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "Sun 29 Nov" for the list of days (the day view shows the year). */
export function formatShortDay(date: string, locale: Locale): string {
  return calendarDay(date).toLocaleDateString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
