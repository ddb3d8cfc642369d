import type { DailySummary, HeadlineFigure } from '@tidewatch/contracts';
import type { Locale } from '@tidewatch/contracts/i18n';
import { serverTranslator, type ServerTranslator } from '../../i18n/translator.ts';
import { translations } from './translations.ts';

/** Wording and number formats shared by the HTML and the PDF, so both say the same thing in the same language. */

type SummaryKey = keyof (typeof translations.messages)['en'] & string;

/** One summary's words in the reader's language: messages, and dates and numbers in that language's style. */
export interface SummaryWords {
  readonly locale: Locale;
  readonly t: ServerTranslator<SummaryKey>;
  /** A moment in the summary's own time zone, with the zone named (a printout travels between islands). */
  time(iso: string): string;
  int(n: number): string;
  avg(n: number): string;
  /** An estimated value in US dollars; empty when there is none. */
  usd(n: number): string;
}

export function summaryWords(locale: Locale, timeZone: string): SummaryWords {
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const average = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const dollars = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  return {
    locale,
    t: serverTranslator(translations, locale),
    time: (iso) => dateTime.format(new Date(iso)),
    int: (n) => integer.format(n),
    avg: (n) => average.format(n),
    usd: (n) => (n > 0 ? dollars.format(n) : ''),
  };
}

export interface HeadlineRow {
  key: string;
  label: string;
  figure: HeadlineFigure;
  sparkline?: readonly number[] | undefined;
}

/** The headline figures in reading order, each with its 30-day line where there is one. */
export function headlineRows(s: DailySummary, w: SummaryWords): HeadlineRow[] {
  const h = s.content.headline;
  const line = (key: string) => s.content.sparklines.find((l) => l.key === key)?.values;
  const row = (key: string, label: SummaryKey, figure: HeadlineFigure): HeadlineRow => ({
    key,
    label: w.t(label),
    figure,
    sparkline: line(key),
  });
  return [
    row('seizures', 'figureSeizures', h.seizuresTotal),
    row('interdictions', 'figureInterdictions', h.interdictions),
    row('watchlistHits', 'figureWatchlistHits', h.watchlistHits),
    row('vesselsGoneDark', 'figureVesselsGoneDark', h.vesselsGoneDark),
    row('highRiskConsignments', 'figureHighRiskConsignments', h.highRiskConsignments),
  ];
}

export function summaryTitle(s: DailySummary, w: SummaryWords): string {
  return w.t('title', { date: s.date, agency: s.agency });
}

export function periodLine(s: DailySummary, w: SummaryWords): string {
  return w.t('period', { start: w.time(s.periodStart), end: w.time(s.periodEnd), zone: s.timeZone });
}

export function revisionLine(s: DailySummary, w: SummaryWords): string {
  const values = { revision: s.revision, latest: s.latestRevision, at: w.time(s.generatedAt), by: s.generatedBy };
  return w.t(s.latestRevision > 1 ? 'revisionOfMany' : 'revisionOnly', values);
}

export function handlingLine(s: DailySummary, w: SummaryWords): string {
  return s.content.restrictedEvents > 0
    ? w.t('handlingRestricted', { agency: s.agency, count: s.content.restrictedEvents })
    : w.t('handlingOpen', { agency: s.agency });
}

/** Who acknowledged which revision and when, or that nobody has yet. */
export function acknowledgedLine(s: DailySummary, w: SummaryWords): string {
  const list = s.acknowledgements
    .map((a) => w.t('acknowledgement', { name: a.userName, revision: a.revision, at: w.time(a.acknowledgedAt) }))
    .join('; ');
  return w.t('acknowledged', { list: list || w.t('notAcknowledged') });
}

// The figures a revision note can name (packages/domain/src/summaries/diff.ts), by their stable keys.
const CHANGED_FIGURES: Readonly<Record<string, SummaryKey>> = {
  'seizures.total': 'changedSeizuresTotal',
  interdictions: 'figureInterdictions',
  watchlistHits: 'figureWatchlistHits',
  vesselsGoneDark: 'figureVesselsGoneDark',
  highRiskConsignments: 'figureHighRiskConsignments',
  openHighSeverity: 'changedOpenHighSeverity',
  mapPoints: 'changedMapPoints',
};

/** A changed figure named in the reader's language; a figure this renderer does not know keeps its stored label. */
function figureLabel(change: DailySummary['changes'][number], w: SummaryWords): string {
  const known = CHANGED_FIGURES[change.key];
  if (known) return w.t(known);
  const commodity = /^seizures\.(.+)$/.exec(change.key)?.[1];
  return commodity ? w.t('changedSeizuresOf', { commodity: w.t('commodity', { commodity }) }) : change.label;
}

export function changeLine(c: DailySummary['changes'][number], w: SummaryWords): string {
  switch (c.what) {
    case 'figure':
      return w.t('changeValue', { label: figureLabel(c, w), before: c.before ?? '-', after: c.after ?? '-' });
    case 'event_added':
      return w.t('changeAdded', { label: c.label });
    case 'event_removed':
      return w.t('changeRemoved', { label: c.label });
    case 'event_changed':
      return w.t('changeValue', { label: c.label, before: c.before ?? '', after: c.after ?? '' });
    case 'annotation':
      return w.t('changeNote', { label: c.label });
  }
}

/** The line under a notable event's title: when, where, whose, its TLP (as TLP names it) and its triage state. */
export function notableMeta(e: DailySummary['content']['notable'][number], w: SummaryWords): string {
  return [
    w.time(e.occurredAt),
    e.place ?? w.t('noPlace'),
    e.ownerAgency,
    `TLP:${e.tlp}`,
    w.t('status', { status: e.status }),
  ].join(' · ');
}
