import { z } from 'zod';
import { Bbox } from './api.ts';
import { AgencyCode, Commodity, COMMODITIES, IntelEvent } from './event.ts';
import { IsoDate, IsoDateTime } from './safe-input.ts';

/**
 * Seizure trends (issue 6 §1). Every figure counts only the seizures the viewer may read (SPEC REL-8).
 * Query strings are the transport: lists are comma-separated, the area is a GeoJSON geometry as JSON text.
 */

export const TREND_BUCKETS = ['day', 'week', 'month'] as const;
export const TrendBucket = z.enum(TREND_BUCKETS);
export type TrendBucket = z.infer<typeof TrendBucket>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneName = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, 'an IANA time zone such as America/Jamaica or UTC');
export type TimeZoneName = z.infer<typeof TimeZoneName>;

// Range and shape are the domain's to judge (SPEC DATA-2), so that a bad corner is named the same way here as
// in an area of interest: "position 3: latitude 95 is outside [-90, 90]".
const LonLat = z.tuple([z.number(), z.number()]);
// A ring of at most 1,000 corners, plus the closing position: enough for an area drawn by hand on the map.
// Open or closed, like an area of interest.
const Ring = z.array(LonLat).min(3).max(1001);

export const AreaPolygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1).max(20) });
export const AreaMultiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(Ring).min(1).max(20)).min(1).max(20),
});
/** An area drawn on the map: a GeoJSON Polygon or MultiPolygon (holes allowed), in lon/lat degrees. */
export const TrendArea = z.discriminatedUnion('type', [AreaPolygon, AreaMultiPolygon]);
export type TrendArea = z.infer<typeof TrendArea>;

/** A parsed GeoJSON value as a trend area; a Feature is accepted too, as drawing tools hand them out. */
export function parseTrendArea(json: unknown) {
  const geometry =
    typeof json === 'object' && json !== null && 'geometry' in json ? (json as { geometry: unknown }).geometry : json;
  return TrendArea.safeParse(geometry);
}

const AreaText = z.string().transform((text, ctx) => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'area is a GeoJSON Polygon or MultiPolygon as JSON text' });
    return z.NEVER;
  }
  const parsed = parseTrendArea(json);
  if (!parsed.success) {
    ctx.addIssue({
      code: 'custom',
      message: parsed.error.issues[0]?.message ?? 'not a GeoJSON Polygon or MultiPolygon',
    });
    return z.NEVER;
  }
  return parsed.data;
});

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1).max(50));

/** The filters every trend query takes. `from` defaults to 90 days before `to`, `to` to now. */
export const TrendFilterQuery = z.object({
  from: IsoDateTime().optional(),
  to: IsoDateTime().optional(),
  commodity: csv(Commodity).optional(),
  /** Owning agencies. */
  agency: csv(AgencyCode).optional(),
  bbox: Bbox.optional(),
  area: AreaText.optional(),
  /** Time zone of the day, week and month boundaries; the server's SUMMARY_TZ when absent. */
  tz: TimeZoneName.optional(),
});
export type TrendFilterQuery = z.output<typeof TrendFilterQuery>;

/** GET /api/v1/trends/seizures/over-time */
export const SeizuresOverTimeQuery = TrendFilterQuery.extend({ bucket: TrendBucket.default('day') }).strict();
export type SeizuresOverTimeQuery = z.output<typeof SeizuresOverTimeQuery>;

/** GET /api/v1/trends/seizures/by-agency | by-place | by-route */
export const SeizuresByQuery = TrendFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(20),
}).strict();
export type SeizuresByQuery = z.output<typeof SeizuresByQuery>;

/** GET /api/v1/trends/seizures/compare: [from, to) against the period before it and the same period a year before. */
export const SeizuresCompareQuery = TrendFilterQuery.strict();
export type SeizuresCompareQuery = z.output<typeof SeizuresCompareQuery>;

export const TREND_DIMENSIONS = ['agency', 'place', 'route'] as const;
export const TrendDimension = z.enum(TREND_DIMENSIONS);
export type TrendDimension = z.infer<typeof TrendDimension>;

/**
 * GET /api/v1/trends/seizures/events: the seizures behind one bar, paged like GET /api/v1/events (newest
 * first, `cursor` = the previous page's nextCursor). A time bar is `bucket` + `bucketStart` (the local start
 * date the series answered); a category bar is `dimension` + `key`; a stacked segment adds `commodity`.
 */
export const SeizureDrillDownQuery = TrendFilterQuery.extend({
  bucket: TrendBucket.optional(),
  bucketStart: IsoDate().optional(),
  dimension: TrendDimension.optional(),
  key: z.string().min(1).max(300).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z
    .string()
    .regex(/^\d{1,15}$/, 'cursor is the nextCursor of a previous page')
    .optional(),
})
  .strict()
  .refine((q) => (q.bucket === undefined) === (q.bucketStart === undefined), {
    message: 'bucket and bucketStart go together',
    path: ['bucketStart'],
  })
  .refine((q) => (q.dimension === undefined) === (q.key === undefined), {
    message: 'dimension and key go together',
    path: ['key'],
  });
export type SeizureDrillDownQuery = z.output<typeof SeizureDrillDownQuery>;

/** Count per commodity; every commodity is present (0 when none) so charts can stack without gaps. */
export const CommodityCounts = z.object(
  Object.fromEntries(COMMODITIES.map((c) => [c, z.number().int()])) as Record<Commodity, z.ZodNumber>,
);
export type CommodityCounts = z.infer<typeof CommodityCounts>;

export const TrendWindow = z.object({ from: z.string(), to: z.string(), tz: z.string() });
export type TrendWindow = z.infer<typeof TrendWindow>;

export const SeizureTimePoint = z.object({
  /** Local start date of the bucket (YYYY-MM-DD; a week starts on Monday, a month on the 1st). */
  bucketStart: z.string(),
  /** The same instant in UTC (ISO 8601). */
  startsAt: z.string(),
  total: z.number().int(),
  counts: CommodityCounts,
  /** Sum of the seizures' estimated value in USD, where given. */
  valueUsd: z.number(),
});
export type SeizureTimePoint = z.infer<typeof SeizureTimePoint>;

export const SeizuresOverTime = TrendWindow.extend({
  bucket: TrendBucket,
  points: z.array(SeizureTimePoint),
  total: z.number().int(),
});
export type SeizuresOverTime = z.infer<typeof SeizuresOverTime>;

export const SeizureGroupRow = z.object({
  /** Agency code, place, or route `origin → destination` (the place when the seizure names no route). */
  key: z.string(),
  total: z.number().int(),
  counts: CommodityCounts,
  valueUsd: z.number(),
});
export type SeizureGroupRow = z.infer<typeof SeizureGroupRow>;

export const SeizuresByGroup = TrendWindow.extend({
  dimension: TrendDimension,
  rows: z.array(SeizureGroupRow),
  /** Seizures in the groups left off by `limit`. */
  otherTotal: z.number().int(),
});
export type SeizuresByGroup = z.infer<typeof SeizuresByGroup>;

export const PeriodFigures = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  counts: CommodityCounts,
  valueUsd: z.number(),
});
export type PeriodFigures = z.infer<typeof PeriodFigures>;

export const SeizuresComparison = z.object({
  tz: z.string(),
  current: PeriodFigures,
  previous: PeriodFigures,
  lastYear: PeriodFigures,
  /** Relative change of the total in percent; null when the compared period had none. */
  changeVsPreviousPct: z.number().nullable(),
  changeVsLastYearPct: z.number().nullable(),
});
export type SeizuresComparison = z.infer<typeof SeizuresComparison>;

export const SeizureDrillDownPage = z.object({ items: z.array(IntelEvent), nextCursor: z.string().nullable() });
export type SeizureDrillDownPage = z.infer<typeof SeizureDrillDownPage>;

/** GET /api/v1/trends/settings: the operations zone (SUMMARY_TZ) that trends bucket in when a query names none. */
export const TrendSettings = z.object({ timeZone: z.string() });
export type TrendSettings = z.infer<typeof TrendSettings>;
