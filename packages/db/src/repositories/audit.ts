import { and, desc, eq, gte, lte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { writeInSlices } from './statement-slices.ts';
import { auditLog } from '../schema/audit.ts';
import { cleanAuditRow } from './audit-clean.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export interface AuditFilter {
  agency?: string | undefined;
  action?: string | undefined;
  actorId?: string | undefined;
  targetId?: string | undefined;
  /** Rows whose detail.seqRuns ([first, last] pairs, written by stream-read auditing) cover this seq. */
  streamedSeq?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  beforeId?: number | undefined;
}

function coversSeq(seq: number): SQL {
  return sql`exists (select 1 from jsonb_array_elements(case when jsonb_typeof(${auditLog.detail} -> 'seqRuns') = 'array' then ${auditLog.detail} -> 'seqRuns' else '[]'::jsonb end) as run where (run ->> 0)::bigint <= ${seq} and (run ->> 1)::bigint >= ${seq})`;
}

/** Values one audit row binds: every column but the generated id. */
const AUDIT_VALUES_PER_ROW = 10;

export function createAuditRepository(db: Db) {
  return {
    /** AUD-3: rows are stored in their clean form, so no value in one can make the database refuse the batch. */
    /**
     * Appends the rows, in slices (XFED-3): a unit of work that audits thousands of changes (an import that
     * triages 10,000 events) binds ten values a row, past what one statement may carry.
     */
    async append(rows: NewAuditRow[]): Promise<void> {
      await writeInSlices(rows, AUDIT_VALUES_PER_ROW, (slice) => db.insert(auditLog).values(slice.map(cleanAuditRow)));
    },
    async search(filter: AuditFilter, limit: number): Promise<AuditRow[]> {
      const conditions: (SQL | undefined)[] = [
        filter.agency ? eq(auditLog.agency, filter.agency) : undefined,
        filter.action ? eq(auditLog.action, filter.action) : undefined,
        filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
        filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
        filter.streamedSeq === undefined ? undefined : coversSeq(filter.streamedSeq),
        filter.from ? gte(auditLog.at, filter.from) : undefined,
        filter.to ? lte(auditLog.at, filter.to) : undefined,
        filter.beforeId === undefined ? undefined : lt(auditLog.id, filter.beforeId),
      ];
      return db
        .select()
        .from(auditLog)
        .where(and(...conditions.filter((c): c is SQL => c !== undefined)))
        .orderBy(desc(auditLog.id))
        .limit(limit);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
