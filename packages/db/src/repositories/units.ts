import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { sqlStateOf } from '../errors.ts';
import { sharingGroupMembers, sharingGroups } from '../schema/sharing-groups.ts';
import { taskingAgreements, units, unitTasks } from '../schema/units.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

export type UnitRow = typeof units.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;
export type UnitTaskRow = typeof unitTasks.$inferSelect;
export type NewUnitTaskRow = typeof unitTasks.$inferInsert;

export type VersionedUpdate<T> =
  | { ok: true; row: T }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; current: T };

/** The states in which a task holds its unit (the partial unique index of the schema names the same). */
export const OPEN_TASK_STATES = ['proposed', 'accepted', 'en_route', 'on_scene'] as const;

/** SQL form of OPSU-6 (canReadTask in packages/domain): the viewer may read the task's unit and its target. */
function taskVisibleTo(viewer: ViewerScope) {
  return and(
    visibleTo(viewer, units),
    visibleTo(viewer, {
      ownerAgency: unitTasks.targetOwner,
      tlp: unitTasks.targetTlp,
      recipients: unitTasks.targetRecipients,
      sharingGroups: unitTasks.targetSharingGroups,
    }),
  );
}

/** A unique violation: the one-open-task-per-unit index refused a second open task. */
const isUniqueViolation = (error: unknown): boolean => sqlStateOf(error) === '23505';

export function createUnitRepository(db: Db) {
  async function getVisible(id: string, viewer: ViewerScope): Promise<UnitRow | undefined> {
    const [row] = await db
      .select()
      .from(units)
      .where(and(eq(units.id, id), isNull(units.retiredAt), visibleTo(viewer, units)))
      .limit(1);
    return row;
  }

  async function getTaskVisible(
    id: string,
    viewer: ViewerScope,
  ): Promise<{ task: UnitTaskRow; unit: UnitRow } | undefined> {
    const [row] = await db
      .select({ task: unitTasks, unit: units })
      .from(unitTasks)
      .innerJoin(units, eq(units.id, unitTasks.unitId))
      .where(and(eq(unitTasks.id, id), taskVisibleTo(viewer)))
      .limit(1);
    return row;
  }

  return {
    getVisible,
    getTaskVisible,

    async insert(row: NewUnitRow): Promise<UnitRow> {
      const [created] = await db.insert(units).values(row).returning();
      if (!created) throw new Error('unit insert returned nothing');
      return created;
    },

    /** Live units the viewer may read, by call sign. */
    async listVisible(viewer: ViewerScope): Promise<UnitRow[]> {
      return db
        .select()
        .from(units)
        .where(and(isNull(units.retiredAt), visibleTo(viewer, units)))
        .orderBy(asc(units.callSign), asc(units.id));
    },

    /** Every live unit, for the node's own bookkeeping (AIS positions by MMSI); never answered to a client. */
    async listAll(): Promise<UnitRow[]> {
      return db.select().from(units).where(isNull(units.retiredAt));
    },

    /**
     * Conditional update: applies only while the unit is still at `baseVersion` and readable by its owner; the
     * caller gets the current row to show a conflict. `expectStatus` makes a status change conditional too.
     */
    async update(
      id: string,
      ownerAgency: string,
      baseVersion: number | null,
      change: Partial<
        Pick<
          NewUnitRow,
          | 'callSign'
          | 'name'
          | 'maxSpeedKn'
          | 'enduranceH'
          | 'status'
          | 'mmsi'
          | 'lat'
          | 'lon'
          | 'courseDeg'
          | 'speedKn'
          | 'positionAt'
          | 'positionSource'
          | 'retiredAt'
        >
      >,
      at: string,
    ): Promise<VersionedUpdate<UnitRow>> {
      const [updated] = await db
        .update(units)
        .set({ ...change, updatedAt: at, version: sql`${units.version} + 1` })
        .where(
          and(
            eq(units.id, id),
            eq(units.ownerAgency, ownerAgency),
            isNull(units.retiredAt),
            baseVersion === null ? undefined : eq(units.version, baseVersion),
          ),
        )
        .returning();
      if (updated) return { ok: true, row: updated };
      const [current] = await db
        .select()
        .from(units)
        .where(and(eq(units.id, id), eq(units.ownerAgency, ownerAgency), isNull(units.retiredAt)))
        .limit(1);
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
    },

    /** Sets the status a task implies (tasked, or back to available), whatever the version: tasking owns it. */
    async setTaskedStatus(id: string, status: 'tasked' | 'available', at: string): Promise<UnitRow | undefined> {
      const [row] = await db
        .update(units)
        .set({ status, updatedAt: at, version: sql`${units.version} + 1` })
        .where(eq(units.id, id))
        .returning();
      return row;
    },

    /**
     * OPSU-4: may `tasker` task units of `owner`? Yes for its own; otherwise both must be members of one live
     * agreement that allows tasking.
     */
    async mayTask(tasker: string, owner: string): Promise<boolean> {
      if (tasker === owner) return true;
      const rows = await db
        .select({ code: taskingAgreements.groupCode })
        .from(taskingAgreements)
        .innerJoin(
          sharingGroups,
          and(eq(sharingGroups.code, taskingAgreements.groupCode), isNull(sharingGroups.revokedAt)),
        )
        .innerJoin(sharingGroupMembers, eq(sharingGroupMembers.groupCode, taskingAgreements.groupCode))
        .where(inArray(sharingGroupMembers.agencyCode, [tasker, owner]))
        .groupBy(taskingAgreements.groupCode)
        .having(sql`count(DISTINCT ${sharingGroupMembers.agencyCode}) = 2`);
      return rows.length > 0;
    },

    /** Lets the members of an existing agreement task each other's units (idempotent). */
    async allowTasking(groupCode: string, at: string): Promise<void> {
      await db.insert(taskingAgreements).values({ groupCode, enabledAt: at }).onConflictDoNothing();
    },

    /** Agreements that allow tasking. */
    async taskingAgreementCodes(): Promise<string[]> {
      const rows = await db.select({ code: taskingAgreements.groupCode }).from(taskingAgreements);
      return rows.map((r) => r.code).sort();
    },

    /** A new task, or `busy` when the unit already has an open one (also when two race: one wins). */
    async insertTask(row: NewUnitTaskRow): Promise<{ ok: true; row: UnitTaskRow } | { ok: false; reason: 'busy' }> {
      try {
        // A savepoint of its own, so that a refused insert leaves the caller's unit of work usable.
        const created = await db.transaction(async (tx) => {
          const [inserted] = await tx.insert(unitTasks).values(row).returning();
          return inserted;
        });
        if (!created) throw new Error('task insert returned nothing');
        return { ok: true, row: created };
      } catch (error) {
        if (isUniqueViolation(error)) return { ok: false, reason: 'busy' };
        throw error;
      }
    },

    /** Tasks the viewer may read (OPSU-6), open ones first, newest first. */
    async listTasksVisible(
      viewer: ViewerScope,
      filter: { openOnly?: boolean; limit?: number } = {},
    ): Promise<{ task: UnitTaskRow; unit: UnitRow }[]> {
      return db
        .select({ task: unitTasks, unit: units })
        .from(unitTasks)
        .innerJoin(units, eq(units.id, unitTasks.unitId))
        .where(
          and(taskVisibleTo(viewer), filter.openOnly ? inArray(unitTasks.state, [...OPEN_TASK_STATES]) : undefined),
        )
        .orderBy(
          sql`CASE WHEN ${unitTasks.state} IN ('proposed', 'accepted', 'en_route', 'on_scene') THEN 0 ELSE 1 END`,
          sql`${unitTasks.createdAt} DESC`,
          asc(unitTasks.id),
        )
        .limit(filter.limit ?? 500);
    },

    /** Every open task with its unit, for the node's intercept ticker; never answered to a client. */
    async listOpenTasks(): Promise<{ task: UnitTaskRow; unit: UnitRow }[]> {
      return db
        .select({ task: unitTasks, unit: units })
        .from(unitTasks)
        .innerJoin(units, eq(units.id, unitTasks.unitId))
        .where(inArray(unitTasks.state, [...OPEN_TASK_STATES]));
    },

    /** Conditional state change: applies only from `fromVersion`; otherwise answers the current task. */
    async changeTaskState(
      id: string,
      fromVersion: number,
      change: { state: string; outcomeEventId?: string; etaAt?: string | null },
      at: string,
    ): Promise<VersionedUpdate<UnitTaskRow>> {
      const [updated] = await db
        .update(unitTasks)
        .set({ ...change, updatedAt: at, version: fromVersion + 1 })
        .where(and(eq(unitTasks.id, id), eq(unitTasks.version, fromVersion)))
        .returning();
      if (updated) return { ok: true, row: updated };
      const [current] = await db.select().from(unitTasks).where(eq(unitTasks.id, id)).limit(1);
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
    },
  };
}

export type UnitRepository = ReturnType<typeof createUnitRepository>;
