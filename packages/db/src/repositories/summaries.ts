import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../database.ts';
import {
  dailySummaries,
  summaryAcknowledgements,
  type DailySummaryRow,
  type NewDailySummaryRow,
  type SummaryAcknowledgementRow,
} from '../schema/summaries.ts';

// Names the advisory lock of one day's generation; any fixed number shared by every node.
const GENERATION_LOCK_BASE = 727_006_0000;

/**
 * The cluster-wide lock of one day's generation (held through DatabaseHandle.exclusively). The lock saves
 * duplicate work; the unique index is what guarantees one row.
 */
export function generationLockKey(date: string): number {
  return GENERATION_LOCK_BASE + (Number(date.replace(/-/g, '')) % 10_000_000);
}

/** Stored daily summaries and their acknowledgements. Rows are append-only: a change is a new revision. */
export function createSummaryRepository(db: Db) {
  return {
    /**
     * Stores a revision unless a row with the same (agency, date, revision) exists: on several nodes the
     * unique index decides who stored it, and the loser gets undefined and reads the winner's row.
     */
    async insertRevision(row: NewDailySummaryRow): Promise<DailySummaryRow | undefined> {
      const [stored] = await db.insert(dailySummaries).values(row).onConflictDoNothing().returning();
      return stored;
    },

    async latest(agency: string, date: string): Promise<DailySummaryRow | undefined> {
      const [row] = await db
        .select()
        .from(dailySummaries)
        .where(and(eq(dailySummaries.agency, agency), eq(dailySummaries.summaryDate, date)))
        .orderBy(desc(dailySummaries.revision))
        .limit(1);
      return row;
    },

    async revision(agency: string, date: string, revision: number): Promise<DailySummaryRow | undefined> {
      const [row] = await db
        .select()
        .from(dailySummaries)
        .where(
          and(
            eq(dailySummaries.agency, agency),
            eq(dailySummaries.summaryDate, date),
            eq(dailySummaries.revision, revision),
          ),
        )
        .limit(1);
      return row;
    },

    async revisions(agency: string, date: string): Promise<DailySummaryRow[]> {
      return db
        .select()
        .from(dailySummaries)
        .where(and(eq(dailySummaries.agency, agency), eq(dailySummaries.summaryDate, date)))
        .orderBy(asc(dailySummaries.revision));
    },

    /** The latest revision of each day of one agency, newest day first. */
    async listLatest(
      agency: string,
      range: { from?: string | undefined; to?: string | undefined },
      limit: number,
    ): Promise<DailySummaryRow[]> {
      return db
        .selectDistinctOn([dailySummaries.summaryDate])
        .from(dailySummaries)
        .where(
          and(
            eq(dailySummaries.agency, agency),
            range.from ? gte(dailySummaries.summaryDate, range.from) : undefined,
            range.to ? lte(dailySummaries.summaryDate, range.to) : undefined,
          ),
        )
        .orderBy(desc(dailySummaries.summaryDate), desc(dailySummaries.revision))
        .limit(limit);
    },

    /** Latest generation time of each agency's summary of `date`: the scheduler's "is it done?" check. */
    async generatedFor(
      date: string,
    ): Promise<Map<string, { revision: number; generatedAt: string; periodStart: string; periodEnd: string }>> {
      const rows = await db
        .selectDistinctOn([dailySummaries.agency], {
          agency: dailySummaries.agency,
          revision: dailySummaries.revision,
          generatedAt: dailySummaries.generatedAt,
          periodStart: dailySummaries.periodStart,
          periodEnd: dailySummaries.periodEnd,
        })
        .from(dailySummaries)
        .where(eq(dailySummaries.summaryDate, date))
        .orderBy(asc(dailySummaries.agency), desc(dailySummaries.revision));
      return new Map(rows.map((r) => [r.agency, r]));
    },

    /** Idempotent: acknowledging twice keeps the first time. */
    async acknowledge(row: SummaryAcknowledgementRow): Promise<SummaryAcknowledgementRow> {
      await db.insert(summaryAcknowledgements).values(row).onConflictDoNothing();
      const [stored] = await db
        .select()
        .from(summaryAcknowledgements)
        .where(
          and(eq(summaryAcknowledgements.summaryId, row.summaryId), eq(summaryAcknowledgements.userId, row.userId)),
        );
      if (!stored) throw new Error('acknowledgement neither stored nor found');
      return stored;
    },

    async acknowledgementsOf(summaryIds: string[]): Promise<SummaryAcknowledgementRow[]> {
      if (summaryIds.length === 0) return [];
      return db
        .select()
        .from(summaryAcknowledgements)
        .where(inArray(summaryAcknowledgements.summaryId, summaryIds))
        .orderBy(asc(summaryAcknowledgements.acknowledgedAt));
    },
  };
}

export type SummaryRepository = ReturnType<typeof createSummaryRepository>;
