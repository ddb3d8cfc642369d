import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { IntelEvent } from '@tidewatch/contracts';
import type { Db } from '../database.ts';
import { events } from '../schema/events.ts';
import { rowToEvent } from './event-mapping.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

export type LonLatRing = readonly (readonly [number, number])[];
/** Polygons as rings (the first is the outline, the others holes), as in GeoJSON MultiPolygon coordinates. */
export type AreaPolygons = readonly (readonly LonLatRing[])[];

export interface SeizureTrendFilter {
  /** [from, to) in UTC ISO 8601. */
  from: string;
  to: string;
  commodities?: readonly string[] | undefined;
  agencies?: readonly string[] | undefined;
  bbox?: { minLon: number; minLat: number; maxLon: number; maxLat: number } | undefined;
  area?: AreaPolygons | undefined;
  /** REL-8: always present, so no trend can count what the viewer may not read. */
  viewer: ViewerScope;
}

export type TrendUnit = 'day' | 'week' | 'month';
export type TrendGroup = 'agency' | 'place' | 'route';

/** One aggregate cell: a (bucket or group, commodity) pair. `restricted` counts AMBER/RED rows, for AUD-1. */
export interface TrendCell {
  key: string;
  commodity: string;
  n: number;
  valueUsd: number;
  restricted: number;
}

export interface PeriodCell {
  commodity: string;
  current: number;
  previous: number;
  lastYear: number;
  currentValue: number;
  previousValue: number;
  lastYearValue: number;
  restricted: number;
}

const commodity = events.seizureCommodity;
const point = sql`point(${events.lon}, ${events.lat})`;

/** The key a seizure is grouped under: its owner, its place, or its route (the place when it names none). */
export function groupKey(group: TrendGroup): SQL<string> {
  switch (group) {
    case 'agency':
      return sql<string>`${events.ownerAgency}`;
    case 'place':
      return sql<string>`coalesce(${events.place}, '(no place)')`;
    case 'route':
      return sql<string>`coalesce(${events.seizureRoute}, ${events.place}, '(no place)')`;
  }
}

function polygonLiteral(ring: LonLatRing): string {
  return `(${ring.map(([lon, lat]) => `(${Number(lon)},${Number(lat)})`).join(',')})`;
}

/**
 * Point in polygon with PostgreSQL's geometric types. The bounding box goes first so the GiST index on
 * point(lon, lat) narrows the rows before the exact (and slower) polygon test runs on each.
 */
function areaCondition(area: AreaPolygons): SQL | undefined {
  const outlines = area.map((rings) => rings[0]).filter((r): r is LonLatRing => r !== undefined);
  if (outlines.length === 0) return undefined;
  const lons = outlines.flatMap((r) => r.map((p) => p[0]));
  const lats = outlines.flatMap((r) => r.map((p) => p[1]));
  const box = sql`${point} <@ box(point(${Math.min(...lons)}, ${Math.min(...lats)}), point(${Math.max(...lons)}, ${Math.max(...lats)}))`;
  const inside = area.map((rings) => {
    const [outline, ...holes] = rings;
    if (!outline) return sql`false`;
    const parts = [
      sql`${polygonLiteral(outline)}::polygon @> ${point}`,
      ...holes.map((h) => sql`NOT (${polygonLiteral(h)}::polygon @> ${point})`),
    ];
    return sql`(${sql.join(parts, sql` AND `)})`;
  });
  return sql`(${box} AND (${sql.join(inside, sql` OR `)}))`;
}

function conditions(filter: SeizureTrendFilter, range: SQL | undefined): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    eq(events.kind, 'seizure'),
    range,
    filter.commodities && filter.commodities.length > 0 ? inArray(commodity, [...filter.commodities]) : undefined,
    filter.agencies && filter.agencies.length > 0 ? inArray(events.ownerAgency, [...filter.agencies]) : undefined,
    filter.bbox
      ? sql`${point} <@ box(point(${filter.bbox.minLon}, ${filter.bbox.minLat}), point(${filter.bbox.maxLon}, ${filter.bbox.maxLat}))`
      : undefined,
    filter.area ? areaCondition(filter.area) : undefined,
    visibleTo(filter.viewer, events),
  ];
  return and(...parts.filter((p): p is SQL => p !== undefined));
}

const inRange = (from: string, to: string) => and(gte(events.occurredAt, from), lt(events.occurredAt, to));

export interface DrillDown {
  /** A time bar: its local start date, unit and zone. */
  bucket?: { unit: TrendUnit; start: string; tz: string } | undefined;
  group?: { by: TrendGroup; key: string } | undefined;
  beforeSeq?: number | undefined;
}

/** Rows of a raw query; both drivers (node-postgres and PGlite) answer `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

const value = events.seizureValueUsd;
const isRestricted = sql`${events.tlp} NOT IN ('CLEAR', 'GREEN')`;

/** SQL for the seizure trends (issue 6 §1). Every query is scoped by `visibleTo` (REL-8). */
export function createSeizureTrendRepository(db: Db) {
  /**
   * Counts per (key, commodity), straight off events_seizure_trend_idx (an index-only scan of plain columns: no
   * JSON is parsed per row). The key is a cheap expression on purpose: the grouping runs once per seizure. It is
   * grouped as it comes (a bucket number stays an integer, which hashes fast) and turned into text once per group.
   * `join` may add a relation the key comes from.
   */
  async function aggregate(key: SQL, where: SQL | undefined, join: SQL = sql``): Promise<TrendCell[]> {
    const result = await db.execute(sql`
      SELECT key::text AS key, commodity, n, "valueUsd", restricted FROM (
        SELECT ${key} AS key, ${commodity} AS commodity, count(*)::int AS n,
          coalesce(sum(${value}), 0)::float8 AS "valueUsd", (count(*) FILTER (WHERE ${isRestricted}))::int AS restricted
        FROM ${events} ${join} WHERE ${where ?? sql`true`}
        GROUP BY 1, 2) AS cells`);
    return rowsOf<TrendCell>(result);
  }

  return {
    /**
     * Counts per (time bucket, commodity). `bucketStarts` are the buckets' first instants, ascending (computed
     * with the zone's rules, daylight saving included); a seizure's key is the 1-based index of its bucket.
     * width_bucket is a binary search per row, far cheaper than converting every timestamp to local time.
     *
     * The bucket number is taken from a join with 1..n rather than grouped on directly: PostgreSQL cannot tell
     * how many values width_bucket yields (it guesses one per distinct timestamp, i.e. per row), and with that
     * guess it aggregates three years serially; from the join it knows there are n, and aggregates in parallel
     * workers (about twice as fast on two cores). The join drops nothing: [from, to) lies inside the buckets.
     */
    overTime(filter: SeizureTrendFilter, bucketStarts: readonly string[]): Promise<TrendCell[]> {
      const thresholds = sql`${`{${bucketStarts.map((b) => `"${new Date(b).toISOString()}"`).join(',')}}`}::timestamptz[]`;
      const bucketOf = sql`JOIN generate_series(1, cardinality(${thresholds})) AS bucket(i) ON bucket.i = width_bucket(${events.occurredAt}, ${thresholds})`;
      return aggregate(sql`bucket.i`, conditions(filter, inRange(filter.from, filter.to)), bucketOf);
    },

    /** Counts per (agency | place | route, commodity). */
    byGroup(filter: SeizureTrendFilter, group: TrendGroup): Promise<TrendCell[]> {
      return aggregate(groupKey(group), conditions(filter, inRange(filter.from, filter.to)));
    },

    /**
     * The current period [from, to), the one before it [previousFrom, from) and the same period a year before
     * [lastYearFrom, lastYearTo): one range scan for the first two (they touch) and one for last year. Two
     * plain ranges keep both index-only scans; an OR of ranges would turn them into bitmap heap scans.
     */
    async comparePeriods(
      filter: SeizureTrendFilter,
      previousFrom: string,
      lastYearFrom: string,
      lastYearTo: string,
    ): Promise<PeriodCell[]> {
      const recentFilter = { ...filter, from: previousFrom };
      const cur = sql`${events.occurredAt} >= ${filter.from}`;
      const [recent, lastYear] = await Promise.all([
        db.execute(sql`
          SELECT ${commodity} AS commodity,
            (count(*) FILTER (WHERE ${cur}))::int AS "current",
            (count(*) FILTER (WHERE NOT ${cur}))::int AS "previous",
            coalesce(sum(${value}) FILTER (WHERE ${cur}), 0)::float8 AS "currentValue",
            coalesce(sum(${value}) FILTER (WHERE NOT ${cur}), 0)::float8 AS "previousValue",
            (count(*) FILTER (WHERE ${isRestricted}))::int AS restricted
          FROM ${events} WHERE ${conditions(recentFilter, inRange(previousFrom, filter.to)) ?? sql`true`}
          GROUP BY 1`),
        aggregate(
          sql`1`,
          conditions({ ...filter, from: lastYearFrom, to: lastYearTo }, inRange(lastYearFrom, lastYearTo)),
        ),
      ]);
      const cells = new Map<string, PeriodCell>();
      const cell = (c: string): PeriodCell => {
        let found = cells.get(c);
        if (!found) {
          found = {
            commodity: c,
            current: 0,
            previous: 0,
            lastYear: 0,
            currentValue: 0,
            previousValue: 0,
            lastYearValue: 0,
            restricted: 0,
          };
          cells.set(c, found);
        }
        return found;
      };
      for (const r of rowsOf<Omit<PeriodCell, 'lastYear' | 'lastYearValue'>>(recent)) {
        const c = cell(r.commodity);
        c.current += r.current;
        c.previous += r.previous;
        c.currentValue += r.currentValue;
        c.previousValue += r.previousValue;
        c.restricted += r.restricted;
      }
      for (const r of lastYear) {
        const c = cell(r.commodity);
        c.lastYear += r.n;
        c.lastYearValue += r.valueUsd;
        c.restricted += r.restricted;
      }
      return [...cells.values()];
    },

    /** The seizures behind one bar, newest first, paged by seq like GET /api/v1/events. */
    async drillDown(filter: SeizureTrendFilter, drill: DrillDown, limit: number): Promise<IntelEvent[]> {
      const bucket = drill.bucket;
      const unitInterval = bucket ? sql.raw(`interval '1 ${bucket.unit}'`) : undefined;
      const rows = await db
        .select()
        .from(events)
        .where(
          and(
            conditions(filter, inRange(filter.from, filter.to)),
            bucket && unitInterval
              ? sql`${events.occurredAt} >= (${bucket.start}::timestamp AT TIME ZONE ${bucket.tz}) AND ${events.occurredAt} < ((${bucket.start}::timestamp + ${unitInterval}) AT TIME ZONE ${bucket.tz})`
              : undefined,
            drill.group ? sql`${groupKey(drill.group.by)} = ${drill.group.key}` : undefined,
            drill.beforeSeq === undefined ? undefined : lt(events.seq, drill.beforeSeq),
          ),
        )
        .orderBy(desc(events.seq))
        .limit(limit);
      return rows.map(rowToEvent);
    },
  };
}

export type SeizureTrendRepository = ReturnType<typeof createSeizureTrendRepository>;
