import { and, desc, eq, gte, gt, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { IntelEvent, Tlp } from '@tidewatch/contracts';
import type { Db } from '../database.ts';
import { annotations } from '../schema/annotations.ts';
import { events } from '../schema/events.ts';
import { users } from '../schema/users.ts';
import { rowToEvent } from './event-mapping.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

/** Counts of one category on one day; day 0 is the summary's own 24 hours, day 1 the 24 hours before it. */
export interface DailyCategoryCount {
  day: number;
  /** `seizure:<commodity>`, `interdiction`, `watchlist_hit`, `cargo_alert` or `dark` (AIS-gap vessel alert). */
  category: string;
  n: number;
  valueUsd: number;
  restricted: number;
}

export interface LatestAnnotation {
  id: string;
  targetId: string;
  body: string;
  ownerAgency: string;
  author: string;
  createdAt: string;
}

export interface MapPointRow {
  id: string;
  lat: number;
  lon: number;
  kind: string;
  severity: number;
}

const DAY_SECONDS = 86_400;
/** TLP levels by strictness, as strictestTlp ranks them in SQL. */
const TLP_BY_RANK: readonly Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

// An AIS-gap alert says so in words ("went dark", "AIS gap"); the full-text index already holds those words.
const goneDark = sql`(${events.kind} = 'vessel_alert' AND ${events.search} @@ to_tsquery('simple', 'dark | gap'))`;

const category = sql<string | null>`CASE
  WHEN ${events.kind} = 'seizure' THEN 'seizure:' || coalesce(${events.seizure}->>'commodity', 'other')
  WHEN ${events.kind} IN ('interdiction', 'watchlist_hit', 'cargo_alert') THEN ${events.kind}
  WHEN ${goneDark} THEN 'dark'
  END`;

/**
 * The facts a daily summary is composed from, each read with the viewpoint agency's releasability (REL-8).
 * Pure composition (averages, ranking, differences) lives in packages/domain/src/summaries.
 */
export function createSummaryFactsRepository(db: Db) {
  return {
    /** Per day and category over `days` periods of 24 h ending at `end`. */
    async dailyCounts(viewer: ViewerScope, end: string, days: number): Promise<DailyCategoryCount[]> {
      const start = new Date(new Date(end).getTime() - days * DAY_SECONDS * 1000).toISOString();
      const day = sql<number>`floor(extract(epoch FROM (${end}::timestamptz - ${events.occurredAt})) / ${DAY_SECONDS})::int`;
      const rows = await db
        .select({
          day,
          category,
          n: sql<number>`count(*)::int`,
          valueUsd: sql<number>`coalesce(sum((${events.seizure}->>'estimatedValueUsd')::float8), 0)::float8`,
          restricted: sql<number>`(count(*) FILTER (WHERE ${events.tlp} NOT IN ('CLEAR', 'GREEN')))::int`,
        })
        .from(events)
        .where(
          and(
            inArray(events.kind, ['seizure', 'interdiction', 'watchlist_hit', 'cargo_alert', 'vessel_alert']),
            gte(events.occurredAt, start),
            lt(events.occurredAt, end),
            visibleTo(viewer, events),
          ),
        )
        .groupBy(sql`1`, sql`2`);
      return rows.filter((r): r is DailyCategoryCount => r.category !== null);
    },

    /** Severity 4-5 items that happened before `end` and are not closed (as of now). */
    async openHighSeverity(viewer: ViewerScope, end: string): Promise<{ n: number; restricted: number }> {
      const [row] = await db
        .select({
          n: sql<number>`count(*)::int`,
          restricted: sql<number>`(count(*) FILTER (WHERE ${events.tlp} NOT IN ('CLEAR', 'GREEN')))::int`,
        })
        .from(events)
        .where(
          and(
            gte(events.severity, 4),
            ne(events.status, 'closed'),
            lt(events.occurredAt, end),
            visibleTo(viewer, events),
          ),
        );
      return { n: row?.n ?? 0, restricted: row?.restricted ?? 0 };
    },

    /**
     * The strictest TLP among what a summary draws on (the period's events and the open high-severity ones, the
     * scope of `restrictedInPeriod` and `openHighSeverity`): the marking of the whole document (REL-13).
     */
    async strictestTlp(viewer: ViewerScope, start: string, end: string): Promise<Tlp> {
      const rank = sql<number>`max(CASE ${events.tlp} WHEN 'RED' THEN 4 WHEN 'AMBER+STRICT' THEN 3 WHEN 'AMBER' THEN 2 WHEN 'GREEN' THEN 1 ELSE 0 END)::int`;
      const [row] = await db
        .select({ rank })
        .from(events)
        .where(
          and(
            lt(events.occurredAt, end),
            or(gte(events.occurredAt, start), and(gte(events.severity, 4), ne(events.status, 'closed'))),
            visibleTo(viewer, events),
          ),
        );
      return TLP_BY_RANK[row?.rank ?? 0] ?? 'CLEAR';
    },

    /** AMBER, AMBER+STRICT and RED events of the period that the viewer may read. */
    async restrictedInPeriod(viewer: ViewerScope, start: string, end: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(events)
        .where(
          and(
            gte(events.occurredAt, start),
            lt(events.occurredAt, end),
            sql`${events.tlp} NOT IN ('CLEAR', 'GREEN')`,
            visibleTo(viewer, events),
          ),
        );
      return row?.n ?? 0;
    },

    /** The period's events ranked by severity, then newest first. */
    async notable(viewer: ViewerScope, start: string, end: string, limit: number): Promise<IntelEvent[]> {
      const rows = await db
        .select()
        .from(events)
        .where(and(gte(events.occurredAt, start), lt(events.occurredAt, end), visibleTo(viewer, events)))
        .orderBy(desc(events.severity), desc(events.occurredAt), desc(events.seq))
        .limit(limit);
      return rows.map(rowToEvent);
    },

    /** The newest annotation on each event that the viewer may read (REL-7: readable note on a readable event). */
    async latestAnnotations(viewer: ViewerScope, eventIds: string[]): Promise<LatestAnnotation[]> {
      if (eventIds.length === 0) return [];
      return db
        .selectDistinctOn([annotations.targetId], {
          id: annotations.id,
          targetId: annotations.targetId,
          body: annotations.body,
          ownerAgency: annotations.ownerAgency,
          author: users.displayName,
          createdAt: annotations.createdAt,
        })
        .from(annotations)
        .innerJoin(users, eq(users.id, annotations.authorId))
        .where(
          and(
            eq(annotations.targetType, 'event'),
            inArray(annotations.targetId, eventIds),
            isNull(annotations.deletedAt),
            visibleTo(viewer, annotations),
          ),
        )
        .orderBy(annotations.targetId, desc(annotations.createdAt));
    },

    /** Positions of the period's events for the map, most severe first so a cap keeps what matters. */
    async mapPoints(viewer: ViewerScope, start: string, end: string, limit: number): Promise<MapPointRow[]> {
      const rows = await db
        .select({ id: events.id, lat: events.lat, lon: events.lon, kind: events.kind, severity: events.severity })
        .from(events)
        .where(
          and(
            gte(events.occurredAt, start),
            lt(events.occurredAt, end),
            isNotNull(events.lat),
            isNotNull(events.lon),
            visibleTo(viewer, events),
          ),
        )
        .orderBy(desc(events.severity), desc(events.occurredAt))
        .limit(limit);
      return rows.flatMap((r) => (r.lat === null || r.lon === null ? [] : [{ ...r, lat: r.lat, lon: r.lon }]));
    },

    /**
     * Did anything that happened in [start, end) arrive after `since`? Node-internal (no viewer): it only
     * decides whether to recompute, and each agency's recomputation applies its own releasability.
     */
    async arrivedLate(start: string, end: string, since: string): Promise<boolean> {
      const [row] = await db
        .select({ id: events.id })
        .from(events)
        .where(and(gte(events.occurredAt, start), lt(events.occurredAt, end), gt(events.receivedAt, since)))
        .limit(1);
      return row !== undefined;
    },
  };
}

export type SummaryFactsRepository = ReturnType<typeof createSummaryFactsRepository>;
