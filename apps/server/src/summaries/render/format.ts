import type { DailySummary, HeadlineFigure } from '@tidewatch/contracts';

/** Wording and number formats shared by the HTML and the PDF, so both say the same thing. */

export function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export const fmtInt = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n);
export const fmtAvg = (n: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n);
export const fmtUsd = (n: number) =>
  n > 0 ? `US$${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n)}` : '';

export interface HeadlineRow {
  key: string;
  label: string;
  figure: HeadlineFigure;
  sparkline?: readonly number[] | undefined;
}

/** The headline figures in reading order, each with its 30-day line where there is one. */
export function headlineRows(s: DailySummary): HeadlineRow[] {
  const h = s.content.headline;
  const line = (key: string) => s.content.sparklines.find((l) => l.key === key)?.values;
  return [
    { key: 'seizures', label: 'Seizures (all commodities)', figure: h.seizuresTotal, sparkline: line('seizures') },
    { key: 'interdictions', label: 'Interdictions', figure: h.interdictions, sparkline: line('interdictions') },
    { key: 'watchlistHits', label: 'Watchlist hits', figure: h.watchlistHits, sparkline: line('watchlistHits') },
    {
      key: 'vesselsGoneDark',
      label: 'Vessels gone dark',
      figure: h.vesselsGoneDark,
      sparkline: line('vesselsGoneDark'),
    },
    {
      key: 'highRiskConsignments',
      label: 'High-risk consignments',
      figure: h.highRiskConsignments,
      sparkline: line('highRiskConsignments'),
    },
  ];
}

export function summaryTitle(s: DailySummary): string {
  return `Daily summary ${s.date} - ${s.agency}`;
}

export function periodLine(s: DailySummary): string {
  return `${localTime(s.periodStart, s.timeZone)} to ${localTime(s.periodEnd, s.timeZone)} (${s.timeZone})`;
}

export function revisionLine(s: DailySummary): string {
  const of = s.latestRevision > 1 ? ` of ${s.latestRevision}` : '';
  return `Revision ${s.revision}${of}, generated ${localTime(s.generatedAt, s.timeZone)} by ${s.generatedBy}`;
}

export function handlingLine(s: DailySummary): string {
  return s.content.restrictedEvents > 0
    ? `Computed for ${s.agency} from what ${s.agency} may read, including ${fmtInt(s.content.restrictedEvents)} TLP:AMBER/RED item(s). Do not forward.`
    : `Computed for ${s.agency} from what ${s.agency} may read.`;
}

export function changeLine(c: DailySummary['changes'][number]): string {
  switch (c.what) {
    case 'figure':
      return `${c.label}: ${c.before ?? '-'} -> ${c.after ?? '-'}`;
    case 'event_added':
      return `Added: ${c.label}`;
    case 'event_removed':
      return `No longer listed: ${c.label}`;
    case 'event_changed':
      return `${c.label}: ${c.before ?? ''} -> ${c.after ?? ''}`;
    case 'annotation':
      return `New note on ${c.label}`;
  }
}
