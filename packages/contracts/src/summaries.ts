import { z } from 'zod';
import { AgencyCode, Commodity, EventKind, Tlp, TriageStatus } from './event.ts';
import { IsoDate } from './safe-input.ts';
import { LOCALES } from './i18n.ts';

/**
 * The commander's daily summary (issue 6 §2). One per day and agency viewpoint: the 24 hours ending at the
 * configured local hour (SUMMARY_HOUR in SUMMARY_TZ), computed with that agency's releasability (REL-8) and
 * stored, so later data shows up as a new revision instead of changing what was read.
 */

export const SummaryDate = IsoDate('a summary date is YYYY-MM-DD (the local date its period ends)');
export type SummaryDate = z.infer<typeof SummaryDate>;

/** A headline count for the day, against the daily average of the 7 and 30 days before it. */
export const HeadlineFigure = z.object({
  count: z.number().int(),
  avg7: z.number(),
  avg30: z.number(),
});
export type HeadlineFigure = z.infer<typeof HeadlineFigure>;

export const CommodityFigure = HeadlineFigure.extend({ commodity: Commodity, valueUsd: z.number() });
export type CommodityFigure = z.infer<typeof CommodityFigure>;

export const SummaryHeadline = z.object({
  seizures: z.array(CommodityFigure),
  seizuresTotal: HeadlineFigure.extend({ valueUsd: z.number() }),
  interdictions: HeadlineFigure,
  watchlistHits: HeadlineFigure,
  /** AIS-gap vessel alerts ("went dark"). */
  vesselsGoneDark: HeadlineFigure,
  /** Cargo alerts: high-risk consignments. */
  highRiskConsignments: HeadlineFigure,
  /** Severity 4-5 items not closed, as of generation time (not limited to the day). */
  openHighSeverity: z.number().int(),
});
export type SummaryHeadline = z.infer<typeof SummaryHeadline>;

export const SummaryAnnotation = z.object({
  id: z.string(),
  body: z.string(),
  ownerAgency: AgencyCode,
  author: z.string(),
  createdAt: z.string(),
});
export type SummaryAnnotation = z.infer<typeof SummaryAnnotation>;

export const NotableEvent = z.object({
  id: z.string(),
  kind: EventKind,
  title: z.string(),
  occurredAt: z.string(),
  severity: z.number().int(),
  ownerAgency: AgencyCode,
  tlp: Tlp,
  place: z.string().nullable(),
  status: TriageStatus,
  latestAnnotation: SummaryAnnotation.nullable(),
});
export type NotableEvent = z.infer<typeof NotableEvent>;

export const SummaryMapPoint = z.object({
  id: z.string(),
  lat: z.number(),
  lon: z.number(),
  kind: EventKind,
  severity: z.number().int(),
});
export type SummaryMapPoint = z.infer<typeof SummaryMapPoint>;

/** A small trend line: one value per day for the 30 days ending with the summary's day, oldest first. */
export const Sparkline = z.object({ key: z.string(), label: z.string(), values: z.array(z.number()) });
export type Sparkline = z.infer<typeof Sparkline>;

export const SummaryContent = z.object({
  headline: SummaryHeadline,
  notable: z.array(NotableEvent),
  mapPoints: z.array(SummaryMapPoint),
  /** True when more events had positions than the map keeps. */
  mapTruncated: z.boolean(),
  sparklines: z.array(Sparkline),
  /** AMBER, AMBER+STRICT and RED events the summary draws on (the period's and the open high-severity ones); when
   * above 0, every read of the summary is audited (AUD-1). */
  restrictedEvents: z.number().int(),
  /**
   * The document's TLP marking, the strictest among what it draws on (REL-13); absent from summaries stored
   * before it existed (see summaryMarking).
   */
  marking: Tlp.optional(),
});
export type SummaryContent = z.infer<typeof SummaryContent>;

/** One difference between a revision and the one before it. */
export const SummaryChange = z.object({
  what: z.enum(['figure', 'event_added', 'event_removed', 'event_changed', 'annotation']),
  /** The figure ("seizures.cocaine", "interdictions") or the event id. */
  key: z.string(),
  label: z.string(),
  before: z.union([z.number(), z.string()]).nullable(),
  after: z.union([z.number(), z.string()]).nullable(),
});
export type SummaryChange = z.infer<typeof SummaryChange>;

export const SUMMARY_REASONS = ['scheduled', 'regenerated', 'late_data'] as const;
export const SummaryReason = z.enum(SUMMARY_REASONS);
export type SummaryReason = z.infer<typeof SummaryReason>;

export const SummaryAcknowledgement = z.object({
  revision: z.number().int(),
  userId: z.string(),
  userName: z.string(),
  acknowledgedAt: z.string(),
});
export type SummaryAcknowledgement = z.infer<typeof SummaryAcknowledgement>;

/** GET /api/v1/summaries/:date (latest revision, or ?revision=n). */
export const DailySummary = z.object({
  id: z.string(),
  /** The agency whose viewpoint (releasability) this summary was computed for: the reader's own. */
  agency: AgencyCode,
  date: SummaryDate,
  revision: z.number().int().positive(),
  latestRevision: z.number().int().positive(),
  periodStart: z.string(),
  periodEnd: z.string(),
  timeZone: z.string(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  reason: SummaryReason,
  /** What changed against the previous revision (empty for revision 1). */
  changes: z.array(SummaryChange),
  acknowledgements: z.array(SummaryAcknowledgement),
  content: SummaryContent,
});
export type DailySummary = z.infer<typeof DailySummary>;

export const SummaryListItem = z.object({
  date: SummaryDate,
  latestRevision: z.number().int(),
  periodStart: z.string(),
  periodEnd: z.string(),
  generatedAt: z.string(),
  seizuresTotal: z.number().int(),
  openHighSeverity: z.number().int(),
  acknowledged: z.boolean(),
});
export type SummaryListItem = z.infer<typeof SummaryListItem>;

/** GET /api/v1/summaries?from=&to=&limit= (local dates, newest first). */
export const SummaryListQuery = z
  .object({
    from: SummaryDate.optional(),
    to: SummaryDate.optional(),
    limit: z.coerce.number().int().min(1).max(366).default(30),
  })
  .strict();
export type SummaryListQuery = z.output<typeof SummaryListQuery>;

export const SummaryList = z.object({ agency: AgencyCode, items: z.array(SummaryListItem) });
export type SummaryList = z.infer<typeof SummaryList>;

export const SummaryRevisionQuery = z.object({ revision: z.coerce.number().int().positive().optional() }).strict();
export type SummaryRevisionQuery = z.output<typeof SummaryRevisionQuery>;

/**
 * GET /api/v1/summaries/:date.html | .pdf. `lang` is the reader's language (the dashboard passes its own);
 * without it the request's Accept-Language decides (I18N-16).
 */
export const SummaryPrintQuery = SummaryRevisionQuery.extend({
  paper: z.enum(['a4', 'letter']).default('a4'),
  lang: z.enum(LOCALES).optional(),
}).strict();
export type SummaryPrintQuery = z.output<typeof SummaryPrintQuery>;

/** GET /api/v1/summaries/:date/map.svg: `paper` colours (the default, as printed) or the dark `screen` theme of the dashboard. */
export const SummaryMapQuery = SummaryPrintQuery.extend({
  theme: z.enum(['paper', 'screen']).default('paper'),
}).strict();
export type SummaryMapQuery = z.output<typeof SummaryMapQuery>;

/** POST /api/v1/summaries/:date/regenerate answers this: `changed` false when nothing moved (no new revision). */
export const SummaryRegenerated = z.object({ changed: z.boolean(), summary: DailySummary });
export type SummaryRegenerated = z.infer<typeof SummaryRegenerated>;

/** POST /api/v1/summaries/:date/acknowledge: acknowledges the latest revision unless `revision` names one. */
export const AcknowledgeSummaryInput = z.object({ revision: z.number().int().positive().optional() }).strict();
export type AcknowledgeSummaryInput = z.infer<typeof AcknowledgeSummaryInput>;

/**
 * A summary's TLP marking. One stored before the marking existed says only whether it drew on AMBER or RED
 * items: it is marked RED then (over-marking withholds; under-marking would leak), GREEN otherwise.
 */
export function summaryMarking(content: Pick<SummaryContent, 'marking' | 'restrictedEvents'>): Tlp {
  return content.marking ?? (content.restrictedEvents > 0 ? 'RED' : 'GREEN');
}
