import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, getTableColumns, gt, lte, sql, type SQL } from 'drizzle-orm';
import type { IntelEvent } from '@tidewatch/contracts';
import type { Db } from '../database.ts';
import { events } from '../schema/events.ts';
import { taxiiCursorKey, taxiiStatuses, type TaxiiStatusRow } from '../schema/taxii.ts';
import { rowToEvent } from './event-mapping.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

/** What a TAXII collection holds: every event the viewer may read, or only those released under one agreement. */
export interface TaxiiEventScope {
  viewer: ViewerScope;
  /** Only events released under this sharing agreement (still filtered by visibleTo). */
  sharingGroup?: string | undefined;
  /** Only events one of whose STIX objects has one of these ids (TAXII match[id]). */
  stixIds?: readonly string[] | undefined;
}

export interface TaxiiEventRow {
  event: IntelEvent;
  /** TAXII date_added: events.added_at, non-decreasing in seq (TAXII-4). */
  addedAt: string;
}

export type NewTaxiiStatus = TaxiiStatusRow;

/**
 * added_at as RFC 3339 UTC with its microseconds: a JavaScript Date would cut them to milliseconds, and a client
 * that sends the last date back as added_after would then get the events of that millisecond again.
 */
const ADDED_AT_UTC = sql<string>`to_char(${events.addedAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function scopeConditions(scope: TaxiiEventScope): SQL[] {
  const conditions = [visibleTo(scope.viewer, events)];
  if (scope.sharingGroup !== undefined) {
    conditions.push(sql`${events.sharingGroups} && ARRAY[${scope.sharingGroup}]::text[]`);
  }
  if (scope.stixIds !== undefined) {
    conditions.push(
      sql`${events.stixIds} && ARRAY[${sql.join(
        scope.stixIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::text[]`,
    );
  }
  return conditions;
}

/** Reads for the TAXII server (apps/server services/taxii): events in seq order, statuses, the cursor key. */
export function createTaxiiRepository(db: Db) {
  return {
    /**
     * The seq of the last event added at or before `time` (0 if none): added_after becomes a seq bound, so a
     * page is always a range scan of the seq index however old the bound is. Exact because added_at never
     * decreases as seq grows.
     */
    async lastSeqAddedBy(time: string): Promise<number> {
      const [row] = await db
        .select({ seq: events.seq })
        .from(events)
        .where(lte(events.addedAt, time))
        .orderBy(desc(events.addedAt), desc(events.seq))
        .limit(1);
      return row?.seq ?? 0;
    },

    /** Oldest first, the events of the scope with seq above `afterSeq`, at most `limit`. */
    async eventsAfter(scope: TaxiiEventScope, afterSeq: number, limit: number): Promise<TaxiiEventRow[]> {
      const rows = await db
        .select({ ...getTableColumns(events), addedAtUtc: ADDED_AT_UTC })
        .from(events)
        .where(and(gt(events.seq, afterSeq), ...scopeConditions(scope)))
        .orderBy(asc(events.seq))
        .limit(limit);
      return rows.map(({ addedAtUtc, ...row }) => ({ event: rowToEvent(row), addedAt: addedAtUtc }));
    },

    async insertStatus(status: NewTaxiiStatus): Promise<void> {
      await db.insert(taxiiStatuses).values(status);
    },

    /** A status only for the principal that posted it: anyone else gets nothing, as for an unknown id. */
    async findStatus(id: string, poster: string): Promise<TaxiiStatusRow | undefined> {
      const [row] = await db
        .select()
        .from(taxiiStatuses)
        .where(and(eq(taxiiStatuses.id, id), eq(taxiiStatuses.poster, poster)))
        .limit(1);
      return row;
    },

    /** The deployment's cursor key: the first node to ask makes it, every later ask reads the same one. */
    async cursorKey(): Promise<string> {
      await db
        .insert(taxiiCursorKey)
        .values({ id: 1, secret: randomBytes(32).toString('base64url') })
        .onConflictDoNothing();
      const [row] = await db.select().from(taxiiCursorKey).where(eq(taxiiCursorKey.id, 1));
      if (!row) throw new Error('taxii_cursor_key row missing after insert');
      return row.secret;
    },

    /**
     * Fills stix_ids of events stored before the column existed (migration 0013 cannot: UUIDv5 needs SHA-1),
     * a batch at a time, with the ids `stixIdsOf` computes from an event id (the caller's STIX mapping).
     * Answers how many it filled; 0 means none is left.
     */
    async backfillStixIds(batch: number, stixIdsOf: (eventId: string) => string[]): Promise<number> {
      const missing = await db
        .select({ id: events.id })
        .from(events)
        .where(sql`cardinality(${events.stixIds}) = 0`)
        .limit(batch);
      if (missing.length === 0) return 0;
      const payload = JSON.stringify(missing.map(({ id }) => ({ id, ids: stixIdsOf(id) })));
      await db.execute(sql`
        UPDATE ${events} AS e SET stix_ids = ARRAY(SELECT json_array_elements_text(x.ids))
        FROM json_to_recordset(${payload}::json) AS x(id text, ids json)
        WHERE e.id = x.id`);
      return missing.length;
    },
  };
}

export type TaxiiRepository = ReturnType<typeof createTaxiiRepository>;
