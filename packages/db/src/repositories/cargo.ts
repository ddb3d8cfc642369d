import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { consignmentMovements, consignments } from '../schema/cargo.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

export type ConsignmentRow = typeof consignments.$inferSelect;
export type NewConsignmentRow = typeof consignments.$inferInsert;
export type MovementRow = typeof consignmentMovements.$inferSelect;
export type NewMovementRow = typeof consignmentMovements.$inferInsert;

export interface ConsignmentFilter {
  lanes?: readonly string[] | undefined;
  q?: string | undefined;
  minScore?: number | undefined;
  mmsi?: string | undefined;
  limit: number;
}

export function createCargoRepository(db: Db) {
  return {
    /**
     * Inserts the new consignments (and a 'booked' movement each) in one transaction; a bill already stored
     * by the same agency is returned as it is (created: false), so a retried import is harmless.
     */
    async insertMany(
      rows: readonly NewConsignmentRow[],
      recordedBy: string,
      at: string,
    ): Promise<{ row: ConsignmentRow; created: boolean }[]> {
      if (rows.length === 0) return [];
      return db.transaction(async (tx) => {
        const out: { row: ConsignmentRow; created: boolean }[] = [];
        for (const row of rows) {
          const [created] = await tx.insert(consignments).values(row).onConflictDoNothing().returning();
          if (created) {
            await tx.insert(consignmentMovements).values({
              consignmentId: created.id,
              kind: 'booked',
              at: created.createdAt,
              locode: created.originLocode,
              note: null,
              recordedBy,
              recordedAt: at,
            });
            out.push({ row: created, created: true });
            continue;
          }
          const [existing] = await tx
            .select()
            .from(consignments)
            .where(and(eq(consignments.ownerAgency, row.ownerAgency), eq(consignments.billOfLading, row.billOfLading)))
            .limit(1);
          if (!existing) throw new Error('consignment neither inserted nor found');
          out.push({ row: existing, created: false });
        }
        return out;
      });
    },

    async getVisible(id: string, viewer: ViewerScope): Promise<ConsignmentRow | undefined> {
      const [row] = await db
        .select()
        .from(consignments)
        .where(and(eq(consignments.id, id), visibleTo(viewer, consignments)))
        .limit(1);
      return row;
    },

    async byId(id: string): Promise<ConsignmentRow | undefined> {
      const [row] = await db.select().from(consignments).where(eq(consignments.id, id)).limit(1);
      return row;
    },

    async search(viewer: ViewerScope, filter: ConsignmentFilter): Promise<ConsignmentRow[]> {
      const conditions: SQL[] = [visibleTo(viewer, consignments)];
      if (filter.lanes && filter.lanes.length > 0) conditions.push(inArray(consignments.lane, [...filter.lanes]));
      if (filter.minScore !== undefined) conditions.push(gte(consignments.riskScore, filter.minScore));
      if (filter.mmsi) conditions.push(eq(consignments.carrierMmsi, filter.mmsi));
      if (filter.q) {
        const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const text = or(
          ilike(consignments.billOfLading, like),
          ilike(consignments.goodsDescription, like),
          sql`${consignments.shipper}->>'name' ilike ${like}`,
          sql`${consignments.consignee}->>'name' ilike ${like}`,
          sql`array_to_string(${consignments.containers}, ' ') ilike ${like}`,
        );
        if (text) conditions.push(text);
      }
      return db
        .select()
        .from(consignments)
        .where(and(...conditions))
        .orderBy(desc(consignments.riskScore), desc(consignments.updatedAt))
        .limit(filter.limit);
    },

    /** The most recently changed consignments that declare their carrier's flag (the declared-flag registry at start-up). */
    async withCarrierFlag(limit: number): Promise<ConsignmentRow[]> {
      return db
        .select()
        .from(consignments)
        .where(isNotNull(consignments.carrierFlag))
        .orderBy(desc(consignments.updatedAt))
        .limit(limit);
    },

    async movementsOf(ids: readonly string[]): Promise<MovementRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(consignmentMovements)
        .where(inArray(consignmentMovements.consignmentId, [...ids]))
        .orderBy(asc(consignmentMovements.at), asc(consignmentMovements.recordedAt));
    },

    async addMovement(row: NewMovementRow, status: string | null): Promise<MovementRow> {
      return db.transaction(async (tx) => {
        const [created] = await tx.insert(consignmentMovements).values(row).returning();
        if (!created) throw new Error('movement insert returned nothing');
        await tx
          .update(consignments)
          .set({ ...(status ? { status } : {}), updatedAt: row.recordedAt })
          .where(eq(consignments.id, row.consignmentId));
        return created;
      });
    },

    async saveRisk(id: string, risk: ConsignmentRow['risk'], at: string): Promise<ConsignmentRow | undefined> {
      const [row] = await db
        .update(consignments)
        .set({ risk, riskScore: risk.score, lane: risk.lane, updatedAt: at })
        .where(eq(consignments.id, id))
        .returning();
      return row;
    },
  };
}

export type CargoRepository = ReturnType<typeof createCargoRepository>;
