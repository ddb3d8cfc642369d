import { and, asc, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../database.ts';
import {
  entities,
  entityHistory,
  entityIdentifiers,
  entityLinks,
  entityResolutionDecisions,
} from '../schema/entities.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

export type EntityRow = typeof entities.$inferSelect;
export type NewEntityRow = typeof entities.$inferInsert;
export type EntityLinkRow = typeof entityLinks.$inferSelect;
export type NewEntityLinkRow = typeof entityLinks.$inferInsert;
export type EntityHistoryRow = typeof entityHistory.$inferSelect;

export interface EntitySearch {
  /** A name in nameKey form: matches inside the name or an alias. */
  nameKey?: string | undefined;
  /** An identifier in matching form: matches exactly. */
  identifier?: string | undefined;
  kind?: string | undefined;
  limit: number;
}

/** A link as one reader sees it, with the far end's label when the far end is an entity. */
export interface VisibleLinkRow extends EntityLinkRow {
  fromName: string;
  toEntityName: string | null;
}

export type MergeResult = { ok: true } | { ok: false; reason: 'not_found' | 'already_merged' };

/** Orders a pair so one decision row stands for both directions. */
function pairOf(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function createEntityRepository(db: Db) {
  const readable = (viewer: ViewerScope): SQL => visibleTo(viewer, entities);
  const toEntity = alias(entities, 'to_entity');

  async function getVisible(id: string, viewer: ViewerScope): Promise<EntityRow | undefined> {
    const [row] = await db
      .select()
      .from(entities)
      .where(and(eq(entities.id, id), readable(viewer)))
      .limit(1);
    return row;
  }

  return {
    getVisible,

    /** Several records at once, each only if readable; merged ones included (a detail shows what it absorbed). */
    async getManyVisible(ids: readonly string[], viewer: ViewerScope): Promise<EntityRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(entities)
        .where(and(inArray(entities.id, [...ids]), readable(viewer)));
    },

    async insert(row: NewEntityRow): Promise<EntityRow> {
      return db.transaction(async (tx) => {
        const [created] = await tx.insert(entities).values(row).returning();
        if (!created) throw new Error('entity insert returned nothing');
        const keys = new Map(created.identifiers.map((i) => [`${i.type}\u0000${i.normalised}`, i]));
        if (keys.size > 0)
          await tx
            .insert(entityIdentifiers)
            .values([...keys.values()].map((i) => ({ entityId: created.id, type: i.type, normalised: i.normalised })));
        await tx.insert(entityHistory).values({
          entityId: created.id,
          action: 'create',
          agency: created.ownerAgency,
          by: created.createdBy,
          at: created.createdAt,
        });
        return created;
      });
    },

    /** ENT-2: readable, unmerged records, newest first, by name/alias substring or exact identifier. */
    async search(viewer: ViewerScope, query: EntitySearch): Promise<{ rows: EntityRow[]; total: number }> {
      const matches: SQL[] = [];
      if (query.nameKey)
        matches.push(
          sql`(${entities.nameKey} LIKE ${`%${query.nameKey}%`} OR EXISTS (SELECT 1 FROM unnest(${entities.aliasKeys}) AS alias_key WHERE alias_key LIKE ${`%${query.nameKey}%`}))`,
        );
      if (query.identifier)
        matches.push(
          sql`EXISTS (SELECT 1 FROM ${entityIdentifiers} WHERE ${entityIdentifiers.entityId} = ${entities.id} AND ${entityIdentifiers.normalised} = ${query.identifier})`,
        );
      const where = and(
        readable(viewer),
        isNull(entities.mergedInto),
        query.kind ? eq(entities.kind, query.kind) : undefined,
        matches.length > 0 ? or(...matches) : undefined,
      );
      const rows = await db
        .select()
        .from(entities)
        .where(where)
        .orderBy(desc(entities.createdAt), asc(entities.id))
        .limit(query.limit);
      const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(entities).where(where);
      return { rows, total: count?.total ?? 0 };
    },

    /**
     * ENT-5: the records a suggestion may pair with `entity`: same kind, unmerged, readable by the viewer (never a
     * record the analyst may not read), not already rejected or accepted by the viewer's agency. Newest first.
     */
    async resolutionCandidates(entity: EntityRow, viewer: ViewerScope, limit: number): Promise<EntityRow[]> {
      const decided = sql`EXISTS (SELECT 1 FROM ${entityResolutionDecisions} d WHERE d.agency = ${viewer.agency}
        AND ((d.first_id = ${entity.id} AND d.second_id = ${entities.id}) OR (d.second_id = ${entity.id} AND d.first_id = ${entities.id})))`;
      return db
        .select()
        .from(entities)
        .where(
          and(
            eq(entities.kind, entity.kind),
            ne(entities.id, entity.id),
            isNull(entities.mergedInto),
            readable(viewer),
            sql`NOT ${decided}`,
          ),
        )
        .orderBy(desc(entities.createdAt))
        .limit(limit);
    },

    /** FIRE-3: readable firearm records of other agencies with this serial (matching form). */
    async firearmsWithSerial(serial: string, exceptId: string, viewer: ViewerScope): Promise<EntityRow[]> {
      return db
        .select({ entity: entities })
        .from(entityIdentifiers)
        .innerJoin(entities, eq(entities.id, entityIdentifiers.entityId))
        .where(
          and(
            eq(entityIdentifiers.type, 'firearm_serial'),
            eq(entityIdentifiers.normalised, serial),
            ne(entities.id, exceptId),
            eq(entities.kind, 'firearm'),
            readable(viewer),
          ),
        )
        .orderBy(asc(entities.createdAt))
        .then((rows) => rows.map((r) => r.entity));
    },

    async insertLink(row: NewEntityLinkRow): Promise<EntityLinkRow> {
      const [created] = await db.insert(entityLinks).values(row).returning();
      if (!created) throw new Error('entity link insert returned nothing');
      return created;
    },

    /**
     * LINK-1: the links touching `entityId` (from it, or to it from another entity) that the viewer may read,
     * whose entity ends the viewer may also read. Links to events, consignments and watchlist entries come back
     * with their far end unchecked: the service checks those ends through their own rules.
     */
    async linksOf(entityIds: readonly string[], viewer: ViewerScope): Promise<VisibleLinkRow[]> {
      if (entityIds.length === 0) return [];
      const rows = await db
        .select({ link: entityLinks, fromName: entities.name, toEntityName: toEntity.name })
        .from(entityLinks)
        .innerJoin(entities, eq(entities.id, entityLinks.fromEntityId))
        .leftJoin(toEntity, and(eq(entityLinks.toType, 'entity'), eq(sql`${toEntity.id}::text`, entityLinks.toId)))
        .where(
          and(
            visibleTo(viewer, entityLinks),
            visibleTo(viewer, entities),
            or(ne(entityLinks.toType, 'entity'), visibleTo(viewer, toEntity)),
            or(
              inArray(entityLinks.fromEntityId, [...entityIds]),
              and(eq(entityLinks.toType, 'entity'), inArray(entityLinks.toId, [...entityIds])),
            ),
          ),
        )
        .orderBy(asc(entityLinks.createdAt), asc(entityLinks.id));
      return rows.map((r) => ({ ...r.link, fromName: r.fromName, toEntityName: r.toEntityName }));
    },

    /** LINK-1: readable links from readable entities to one event, consignment or watchlist entry. */
    async linksTo(toType: string, toId: string, viewer: ViewerScope): Promise<VisibleLinkRow[]> {
      const rows = await db
        .select({ link: entityLinks, fromName: entities.name })
        .from(entityLinks)
        .innerJoin(entities, eq(entities.id, entityLinks.fromEntityId))
        .where(
          and(
            eq(entityLinks.toType, toType),
            eq(entityLinks.toId, toId),
            visibleTo(viewer, entityLinks),
            visibleTo(viewer, entities),
          ),
        )
        .orderBy(asc(entityLinks.createdAt), asc(entityLinks.id));
      return rows.map((r) => ({ ...r.link, fromName: r.fromName, toEntityName: null }));
    },

    /**
     * ENT-6: `absorbedId` is merged into `keptId`. Conditional update: only while the absorbed record is unmerged
     * and owned by `agency`; the kept record must be readable and unmerged too. Both histories get a row.
     */
    async merge(
      absorbedId: string,
      keptId: string,
      agency: string,
      viewer: ViewerScope,
      by: string,
      at: string,
    ): Promise<MergeResult> {
      return db.transaction(async (tx) => {
        const [kept] = await tx
          .select({ id: entities.id })
          .from(entities)
          .where(and(eq(entities.id, keptId), isNull(entities.mergedInto), visibleTo(viewer, entities)));
        if (!kept) return { ok: false, reason: 'not_found' };
        const [updated] = await tx
          .update(entities)
          .set({ mergedInto: keptId, updatedAt: at })
          .where(and(eq(entities.id, absorbedId), eq(entities.ownerAgency, agency), isNull(entities.mergedInto)))
          .returning({ id: entities.id });
        if (!updated) return { ok: false, reason: 'already_merged' };
        await tx.insert(entityHistory).values([
          { entityId: absorbedId, action: 'merge', otherEntityId: keptId, agency, by, at },
          { entityId: keptId, action: 'merge', otherEntityId: absorbedId, agency, by, at },
        ]);
        return { ok: true };
      });
    },

    /** ENT-6: undo a merge; the record is listed again and both histories say so. */
    async split(absorbedId: string, agency: string, by: string, at: string): Promise<{ keptId: string } | undefined> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .select({ mergedInto: entities.mergedInto })
          .from(entities)
          .where(and(eq(entities.id, absorbedId), eq(entities.ownerAgency, agency)));
        const keptId = row?.mergedInto;
        if (!keptId) return undefined;
        await tx.update(entities).set({ mergedInto: null, updatedAt: at }).where(eq(entities.id, absorbedId));
        await tx.insert(entityHistory).values([
          { entityId: absorbedId, action: 'split', otherEntityId: keptId, agency, by, at },
          { entityId: keptId, action: 'split', otherEntityId: absorbedId, agency, by, at },
        ]);
        return { keptId };
      });
    },

    /** Records merged into `keptId` that the viewer may read. */
    async mergedInto(keptId: string, viewer: ViewerScope): Promise<EntityRow[]> {
      return db
        .select()
        .from(entities)
        .where(and(eq(entities.mergedInto, keptId), readable(viewer)))
        .orderBy(asc(entities.createdAt));
    },

    async decide(
      a: string,
      b: string,
      agency: string,
      decision: 'accept' | 'reject',
      by: string,
      at: string,
    ): Promise<void> {
      const [firstId, secondId] = pairOf(a, b);
      await db
        .insert(entityResolutionDecisions)
        .values({ firstId, secondId, agency, decision, by, at })
        .onConflictDoUpdate({
          target: [
            entityResolutionDecisions.firstId,
            entityResolutionDecisions.secondId,
            entityResolutionDecisions.agency,
          ],
          set: { decision, by, at },
        });
      if (decision === 'reject')
        await db.insert(entityHistory).values({ entityId: a, action: 'reject', otherEntityId: b, agency, by, at });
    },

    async history(entityId: string): Promise<EntityHistoryRow[]> {
      return db
        .select()
        .from(entityHistory)
        .where(eq(entityHistory.entityId, entityId))
        .orderBy(asc(entityHistory.at), asc(entityHistory.action));
    },
  };
}

export type EntityRepository = ReturnType<typeof createEntityRepository>;
