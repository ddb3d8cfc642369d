import {
  COMMODITIES,
  type IntelEvent,
  type NotableEvent,
  type Sparkline,
  type SummaryContent,
  type SummaryMapPoint,
  type Tlp,
} from '@tidewatch/contracts';

export interface DailyCount {
  /** 0 = the summary's own day, 1 = the day before, ... */
  day: number;
  category: string;
  n: number;
  valueUsd: number;
  restricted: number;
}

export interface AnnotationFact {
  id: string;
  targetId: string;
  body: string;
  ownerAgency: string;
  author: string;
  createdAt: string;
}

export interface SummaryFacts {
  /** Daily counts for days 0..30 (the day and the 30 before it). */
  daily: readonly DailyCount[];
  openHighSeverity: { n: number; restricted: number };
  /** AMBER, AMBER+STRICT and RED events of the period the viewer may read. */
  periodRestricted: number;
  /** The strictest TLP among what the summary draws on: its marking. */
  strictestTlp: Tlp;
  notable: readonly IntelEvent[];
  annotations: readonly AnnotationFact[];
  mapPoints: readonly SummaryMapPoint[];
  mapLimit: number;
}

export const SPARKLINE_DAYS = 30;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Count on day 0 and the daily averages of days 1-7 and 1-30 (the week and month before, not counting the day). */
function figure(daily: readonly DailyCount[], matches: (category: string) => boolean) {
  const perDay = new Array<number>(SPARKLINE_DAYS + 1).fill(0);
  let valueUsd = 0;
  for (const row of daily) {
    if (!matches(row.category) || row.day < 0 || row.day > SPARKLINE_DAYS) continue;
    perDay[row.day] = (perDay[row.day] ?? 0) + row.n;
    if (row.day === 0) valueUsd += row.valueUsd;
  }
  const sum = (from: number, to: number) => perDay.slice(from, to + 1).reduce((a, b) => a + b, 0);
  return {
    count: perDay[0] ?? 0,
    avg7: round1(sum(1, 7) / 7),
    avg30: round1(sum(1, 30) / 30),
    valueUsd,
    // Oldest first, ending with the summary's day.
    series: perDay.slice(0, SPARKLINE_DAYS).reverse(),
  };
}

/** Composes the stored content of a summary from the facts read for one agency viewpoint. */
export function composeSummary(facts: SummaryFacts): SummaryContent {
  const seizures = COMMODITIES.map((commodity) => {
    const f = figure(facts.daily, (c) => c === `seizure:${commodity}`);
    return { commodity, count: f.count, avg7: f.avg7, avg30: f.avg30, valueUsd: f.valueUsd };
  });
  const total = figure(facts.daily, (c) => c.startsWith('seizure:'));
  const interdictions = figure(facts.daily, (c) => c === 'interdiction');
  const watchlistHits = figure(facts.daily, (c) => c === 'watchlist_hit');
  const dark = figure(facts.daily, (c) => c === 'dark');
  const cargo = figure(facts.daily, (c) => c === 'cargo_alert');
  const strip = (f: ReturnType<typeof figure>) => ({ count: f.count, avg7: f.avg7, avg30: f.avg30 });

  const latest = new Map(facts.annotations.map((a) => [a.targetId, a]));
  const notable: NotableEvent[] = facts.notable.map((e) => {
    const a = latest.get(e.id);
    return {
      id: e.id,
      kind: e.kind,
      title: e.title,
      occurredAt: e.occurredAt,
      severity: e.severity,
      ownerAgency: e.ownerAgency,
      tlp: e.releasability.tlp,
      place: e.place,
      status: e.status,
      latestAnnotation: a
        ? {
            id: a.id,
            body: a.body,
            ownerAgency: a.ownerAgency,
            author: a.author,
            createdAt: new Date(a.createdAt).toISOString(),
          }
        : null,
    };
  });

  const sparklines: Sparkline[] = [
    { key: 'seizures', label: 'Seizures', values: total.series },
    { key: 'interdictions', label: 'Interdictions', values: interdictions.series },
    { key: 'watchlistHits', label: 'Watchlist hits', values: watchlistHits.series },
    { key: 'vesselsGoneDark', label: 'Vessels gone dark', values: dark.series },
    { key: 'highRiskConsignments', label: 'High-risk consignments', values: cargo.series },
  ];

  return {
    headline: {
      seizures,
      seizuresTotal: { ...strip(total), valueUsd: total.valueUsd },
      interdictions: strip(interdictions),
      watchlistHits: strip(watchlistHits),
      vesselsGoneDark: strip(dark),
      highRiskConsignments: strip(cargo),
      openHighSeverity: facts.openHighSeverity.n,
    },
    notable,
    mapPoints: [...facts.mapPoints],
    mapTruncated: facts.mapPoints.length >= facts.mapLimit,
    sparklines,
    restrictedEvents: facts.periodRestricted + facts.openHighSeverity.restricted,
    marking: facts.strictestTlp,
  };
}
