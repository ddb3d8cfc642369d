import { and, count, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { stixImports, stixOtherObjects } from '../schema/stix.ts';
import { writeInSlices } from './statement-slices.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

export type StixOtherObjectRow = typeof stixOtherObjects.$inferSelect;
export type NewStixOtherObject = typeof stixOtherObjects.$inferInsert;
export type StixImportMark = typeof stixImports.$inferSelect;

/** Where a page of other objects starts: after this (importedAt, stixId, ownerAgency), newest first. */
export interface StixOtherCursor {
  importedAt: string;
  stixId: string;
  ownerAgency: string;
}

export function createStixRepository(db: Db) {
  return {
    /** What this agency has already imported of these STIX ids (XCH-2). */
    async importMarks(ownerAgency: string, stixIds: readonly string[]): Promise<StixImportMark[]> {
      if (stixIds.length === 0) return [];
      return db
        .select()
        .from(stixImports)
        .where(and(eq(stixImports.ownerAgency, ownerAgency), inArray(stixImports.stixId, [...stixIds])));
    },

    /** Records (or moves forward) the version of a STIX object an agency imported and the item it became. */
    async markImported(marks: readonly StixImportMark[]): Promise<void> {
      // In slices (XFED-3): a bundle at the limit marks up to 40,000 objects, six values each.
      await writeInSlices(marks, 6, (slice) =>
        db
          .insert(stixImports)
          .values(slice)
          .onConflictDoUpdate({
            target: [stixImports.ownerAgency, stixImports.stixId],
            set: {
              modified: sql`excluded.modified`,
              itemKind: sql`excluded.item_kind`,
              itemId: sql`excluded.item_id`,
              importedAt: sql`excluded.imported_at`,
            },
          }),
      );
    },

    /** The kept objects an agency already holds under these STIX ids (its own, whatever their label). */
    async ownOthers(ownerAgency: string, stixIds: readonly string[]): Promise<StixOtherObjectRow[]> {
      if (stixIds.length === 0) return [];
      return db
        .select()
        .from(stixOtherObjects)
        .where(and(eq(stixOtherObjects.ownerAgency, ownerAgency), inArray(stixOtherObjects.stixId, [...stixIds])));
    },

    /** Stores kept objects; a row already held by the agency under the same STIX id is replaced. */
    async upsertOthers(rows: readonly NewStixOtherObject[]): Promise<void> {
      // In slices (XFED-3): a bundle at the limit keeps up to 40,000 objects, twelve values each.
      await writeInSlices(rows, 12, (slice) =>
        db
          .insert(stixOtherObjects)
          .values(slice)
          .onConflictDoUpdate({
            target: [stixOtherObjects.ownerAgency, stixOtherObjects.stixId],
            set: {
              type: sql`excluded.type`,
              modified: sql`excluded.modified`,
              name: sql`excluded.name`,
              object: sql`excluded.object`,
              tlp: sql`excluded.tlp`,
              recipients: sql`excluded.recipients`,
              sharingGroups: sql`excluded.sharing_groups`,
              importedBy: sql`excluded.imported_by`,
              importedAt: sql`excluded.imported_at`,
            },
          }),
      );
    },

    /** Kept objects the viewer may read (REL-8, REL-9), newest import first, optionally of some types. */
    async listOthers(
      viewer: ViewerScope,
      filter: { types?: readonly string[] | undefined; after?: StixOtherCursor | undefined },
      limit: number,
    ): Promise<StixOtherObjectRow[]> {
      const conditions: SQL[] = [visibleTo(viewer, stixOtherObjects)];
      if (filter.types && filter.types.length > 0) conditions.push(inArray(stixOtherObjects.type, [...filter.types]));
      const after = filter.after;
      if (after) {
        const tie = and(
          eq(stixOtherObjects.importedAt, after.importedAt),
          or(
            lt(stixOtherObjects.stixId, after.stixId),
            and(eq(stixOtherObjects.stixId, after.stixId), lt(stixOtherObjects.ownerAgency, after.ownerAgency)),
          ),
        );
        const older = lt(stixOtherObjects.importedAt, after.importedAt);
        const page = tie ? or(older, tie) : older;
        if (page) conditions.push(page);
      }
      return db
        .select()
        .from(stixOtherObjects)
        .where(and(...conditions))
        .orderBy(desc(stixOtherObjects.importedAt), desc(stixOtherObjects.stixId), desc(stixOtherObjects.ownerAgency))
        .limit(limit);
    },

    /** How many kept objects the viewer may read (REL-8). */
    async countOthers(viewer: ViewerScope, types?: readonly string[]): Promise<number> {
      const conditions: SQL[] = [visibleTo(viewer, stixOtherObjects)];
      if (types && types.length > 0) conditions.push(inArray(stixOtherObjects.type, [...types]));
      const [row] = await db
        .select({ n: count() })
        .from(stixOtherObjects)
        .where(and(...conditions));
      return row?.n ?? 0;
    },
  };
}

export type StixRepository = ReturnType<typeof createStixRepository>;
