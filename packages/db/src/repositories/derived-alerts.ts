import { and, arrayContains, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { areasOfInterest, derivedAlerts } from '../schema/derived-alerts.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

export type DerivedAlertRow = typeof derivedAlerts.$inferSelect;
export type NewDerivedAlertRow = typeof derivedAlerts.$inferInsert;
export type AreaRow = typeof areasOfInterest.$inferSelect;
export type NewAreaRow = typeof areasOfInterest.$inferInsert;

export interface AlertFilter {
  mmsi?: string | undefined;
  types?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

export function createDerivedAlertRepository(db: Db) {
  return {
    async insert(row: NewDerivedAlertRow): Promise<DerivedAlertRow> {
      const [created] = await db
        .insert(derivedAlerts)
        .values(row)
        .onConflictDoNothing({ target: derivedAlerts.alertKey })
        .returning();
      if (created) return created;
      const [existing] = await db.select().from(derivedAlerts).where(eq(derivedAlerts.alertKey, row.alertKey)).limit(1);
      if (!existing) throw new Error('derived alert neither inserted nor found');
      return existing;
    },

    async byKey(alertKey: string): Promise<DerivedAlertRow | undefined> {
      const [row] = await db.select().from(derivedAlerts).where(eq(derivedAlerts.alertKey, alertKey)).limit(1);
      return row;
    },

    /**
     * A later state of the same alert (an encounter ended, a gap closed, revised or retracted): the row is
     * updated in place and, when the change was announced by a new event, that event's id is appended.
     */
    async revise(
      alertKey: string,
      patch: Pick<
        DerivedAlertRow,
        'status' | 'startAt' | 'endAt' | 'summary' | 'parameters' | 'evidence' | 'updatedAt'
      > &
        Partial<Pick<DerivedAlertRow, 'lat' | 'lon'>>,
      newEventId: string | null,
    ): Promise<DerivedAlertRow | undefined> {
      const [row] = await db
        .update(derivedAlerts)
        .set({
          ...patch,
          revision: sql`${derivedAlerts.revision} + 1`,
          ...(newEventId ? { eventIds: sql`array_append(${derivedAlerts.eventIds}, ${newEventId})` } : {}),
        })
        .where(eq(derivedAlerts.alertKey, alertKey))
        .returning();
      return row;
    },

    /** By any of its event ids, only when readable (REL-9). */
    async getVisible(eventId: string, viewer: ViewerScope): Promise<DerivedAlertRow | undefined> {
      const [row] = await db
        .select()
        .from(derivedAlerts)
        .where(and(arrayContains(derivedAlerts.eventIds, [eventId]), visibleTo(viewer, derivedAlerts)))
        .limit(1);
      return row;
    },

    async search(viewer: ViewerScope, filter: AlertFilter): Promise<DerivedAlertRow[]> {
      const conditions: SQL[] = [visibleTo(viewer, derivedAlerts)];
      if (filter.mmsi) conditions.push(arrayContains(derivedAlerts.mmsis, [filter.mmsi]));
      if (filter.types && filter.types.length > 0) conditions.push(inArray(derivedAlerts.type, [...filter.types]));
      if (filter.from) conditions.push(gte(derivedAlerts.startAt, filter.from));
      if (filter.to) conditions.push(lte(derivedAlerts.startAt, filter.to));
      return db
        .select()
        .from(derivedAlerts)
        .where(and(...conditions))
        .orderBy(desc(derivedAlerts.startAt))
        .limit(filter.limit);
    },

    /** Every alert on `mmsi` of the given types starting in [from, to], whatever its releasability: the caller filters. */
    async forVessel(mmsi: string, types: readonly string[], from: string, to: string): Promise<DerivedAlertRow[]> {
      return db
        .select()
        .from(derivedAlerts)
        .where(
          and(
            arrayContains(derivedAlerts.mmsis, [mmsi]),
            inArray(derivedAlerts.type, [...types]),
            gte(derivedAlerts.startAt, from),
            lte(derivedAlerts.startAt, to),
          ),
        )
        .orderBy(desc(derivedAlerts.startAt))
        .limit(200);
    },

    async insertArea(row: NewAreaRow): Promise<AreaRow> {
      const [created] = await db.insert(areasOfInterest).values(row).returning();
      if (!created) throw new Error('area insert returned nothing');
      return created;
    },

    async getArea(id: string, viewer: ViewerScope): Promise<AreaRow | undefined> {
      const [row] = await db
        .select()
        .from(areasOfInterest)
        .where(and(eq(areasOfInterest.id, id), visibleTo(viewer, areasOfInterest)))
        .limit(1);
      return row;
    },

    async listAreas(viewer: ViewerScope): Promise<AreaRow[]> {
      return db
        .select()
        .from(areasOfInterest)
        .where(and(isNull(areasOfInterest.retiredAt), visibleTo(viewer, areasOfInterest)))
        .orderBy(desc(areasOfInterest.createdAt));
    },

    async retireArea(id: string, owner: string, at: string): Promise<AreaRow | undefined> {
      const [row] = await db
        .update(areasOfInterest)
        .set({ retiredAt: at })
        .where(
          and(eq(areasOfInterest.id, id), eq(areasOfInterest.ownerAgency, owner), isNull(areasOfInterest.retiredAt)),
        )
        .returning();
      return row;
    },

    /** Live areas of every agency: the detectors watch all of them; alerts carry each area's releasability. */
    async liveAreas(): Promise<AreaRow[]> {
      return db.select().from(areasOfInterest).where(isNull(areasOfInterest.retiredAt));
    },
  };
}

export type DerivedAlertRepository = ReturnType<typeof createDerivedAlertRepository>;
