import { and, asc, desc, eq, gt, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { IntelEvent } from '@tidewatch/contracts';
import type { Db } from '../database.ts';
import { eventSequence, events } from '../schema/events.ts';
import { newRowToEvent, rowToEvent, type NewEvent } from './event-mapping.ts';
import { insertFresh } from './event-insert.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

export interface EventFilter {
  kinds?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  bbox?: { minLon: number; minLat: number; maxLon: number; maxLat: number } | undefined;
  text?: string | undefined;
  /** Only these events (a selection to export, the events a STIX import may already hold); [] matches none. */
  ids?: readonly string[] | undefined;
  /** Only events with seq below this (the cursor of the previous page). */
  beforeSeq?: number | undefined;
  /** Only what this viewer may read (REL-*). Absent only for node-internal reads such as the gap fill. */
  viewer?: ViewerScope | undefined;
}

export interface InsertResult {
  event: IntelEvent;
  /** false when an event with this id already existed: it is returned unchanged, never duplicated. */
  created: boolean;
}

function filterConditions(filter: EventFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filter.kinds && filter.kinds.length > 0 ? inArray(events.kind, filter.kinds) : undefined,
    filter.ids === undefined ? undefined : filter.ids.length > 0 ? inArray(events.id, [...filter.ids]) : sql`false`,
    filter.from ? gte(events.occurredAt, filter.from) : undefined,
    filter.to ? lte(events.occurredAt, filter.to) : undefined,
    filter.beforeSeq === undefined ? undefined : lt(events.seq, filter.beforeSeq),
    filter.bbox
      ? sql`point(${events.lon}, ${events.lat}) <@ box(point(${filter.bbox.minLon}, ${filter.bbox.minLat}), point(${filter.bbox.maxLon}, ${filter.bbox.maxLat}))`
      : undefined,
    filter.text ? sql`${events.search} @@ websearch_to_tsquery('simple', ${filter.text})` : undefined,
    filter.viewer ? visibleTo(filter.viewer, events) : undefined,
  ];
  return and(...conditions.filter((c): c is SQL => c !== undefined));
}

export function createEventRepository(db: Db) {
  return {
    /**
     * Inserts events that are not stored yet, in order, and returns every event (stored or new). In the
     * common case one SQL statement, one round trip and its own transaction (see insertFresh).
     */
    async insertMany(newEvents: NewEvent[]): Promise<InsertResult[]> {
      if (newEvents.length === 0) return [];
      const { seqById, stored } = await insertFresh(db, newEvents);
      const byId = new Map<string, IntelEvent>(stored.map((row) => [row.id, rowToEvent(row)]));
      // The first copy of an id is the one stored; a later copy in the same batch answers with it.
      for (const e of newEvents) {
        const seq = seqById.get(e.id);
        if (seq !== undefined && !byId.has(e.id)) byId.set(e.id, newRowToEvent({ ...e, seq }));
      }
      const reported = new Set<string>();
      return newEvents.map((e) => {
        const event = byId.get(e.id);
        if (!event) throw new Error(`event ${e.id} neither inserted nor found`);
        const created = seqById.has(e.id) && !reported.has(e.id);
        reported.add(e.id);
        return { event, created };
      });
    },

    async getById(id: string, viewer?: ViewerScope): Promise<IntelEvent | undefined> {
      const [row] = await db
        .select()
        .from(events)
        .where(and(eq(events.id, id), viewer ? visibleTo(viewer, events) : undefined))
        .limit(1);
      return row ? rowToEvent(row) : undefined;
    },

    /** Newest first. */
    async list(filter: EventFilter, limit: number): Promise<IntelEvent[]> {
      const rows = await db
        .select()
        .from(events)
        .where(filterConditions(filter))
        .orderBy(desc(events.seq))
        .limit(limit);
      return rows.map(rowToEvent);
    },

    /** Oldest first from just after `seq`: the resume replay and the gap fill of the live stream. */
    async listAfter(seq: number, limit: number, upTo?: number, viewer?: ViewerScope): Promise<IntelEvent[]> {
      const rows = await db
        .select()
        .from(events)
        .where(
          and(
            gt(events.seq, seq),
            upTo === undefined ? undefined : lte(events.seq, upTo),
            viewer ? visibleTo(viewer, events) : undefined,
          ),
        )
        .orderBy(asc(events.seq))
        .limit(limit);
      return rows.map(rowToEvent);
    },

    /**
     * Newest first, the first-hand events (not `exceptKinds`) naming a vessel with a declared flag: what a node
     * reloads into its declared-flag registry at start-up. No index serves it; it runs once per start.
     */
    async withDeclaredVesselFlag(limit: number, exceptKinds: readonly string[]): Promise<IntelEvent[]> {
      const rows = await db
        .select()
        .from(events)
        .where(
          and(
            sql`jsonb_path_exists(${events.subjects}, '$.vessels[*].flag')`,
            exceptKinds.length > 0
              ? sql`${events.kind} not in (${sql.join(
                  exceptKinds.map((k) => sql`${k}`),
                  sql`, `,
                )})`
              : undefined,
          ),
        )
        .orderBy(desc(events.seq))
        .limit(limit);
      return rows.map(rowToEvent);
    },

    async latestSeq(): Promise<number> {
      const [counter] = await db
        .select({ value: eventSequence.value })
        .from(eventSequence)
        .where(eq(eventSequence.id, 1));
      return counter?.value ?? 0;
    },

    /**
     * Conditional update: applies only while the stored version is still `baseVersion`, so two people
     * triaging at once cannot overwrite each other silently. Undefined means the version had moved on.
     */
    async updateTriage(
      id: string,
      changes: { status?: string | undefined; assigneeId?: string | null | undefined },
      baseVersion: number,
    ): Promise<IntelEvent | undefined> {
      const [row] = await db
        .update(events)
        .set({
          ...(changes.status === undefined ? {} : { status: changes.status }),
          ...(changes.assigneeId === undefined ? {} : { assigneeId: changes.assigneeId }),
          version: sql`${events.version} + 1`,
        })
        .where(and(eq(events.id, id), eq(events.version, baseVersion)))
        .returning();
      return row ? rowToEvent(row) : undefined;
    },

    async count(filter: EventFilter = {}): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(events).where(filterConditions(filter));
      return row?.n ?? 0;
    },
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
