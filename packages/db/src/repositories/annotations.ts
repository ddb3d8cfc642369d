import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { annotationRevisions, annotations } from '../schema/annotations.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

export type AnnotationRow = typeof annotations.$inferSelect;
export type NewAnnotationRow = typeof annotations.$inferInsert;
export type AnnotationRevisionRow = typeof annotationRevisions.$inferSelect;

export type AnnotationChange =
  | { ok: true; row: AnnotationRow }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; current: AnnotationRow };

export function createAnnotationRepository(db: Db) {
  async function getVisible(id: string, viewer: ViewerScope): Promise<AnnotationRow | undefined> {
    const [row] = await db
      .select()
      .from(annotations)
      .where(and(eq(annotations.id, id), isNull(annotations.deletedAt), visibleTo(viewer, annotations)))
      .limit(1);
    return row;
  }

  return {
    getVisible,

    async insert(row: NewAnnotationRow & { authorId: string }): Promise<AnnotationRow> {
      return db.transaction(async (tx) => {
        const [created] = await tx.insert(annotations).values(row).returning();
        if (!created) throw new Error('annotation insert returned nothing');
        await tx.insert(annotationRevisions).values({
          annotationId: created.id,
          version: created.version,
          body: created.body,
          tags: created.tags,
          grading: created.grading,
          editedBy: created.authorId,
          editedAt: created.createdAt,
          change: 'create',
        });
        return created;
      });
    },

    async listForTarget(targetType: string, targetId: string, viewer: ViewerScope): Promise<AnnotationRow[]> {
      return db
        .select()
        .from(annotations)
        .where(
          and(
            eq(annotations.targetType, targetType),
            eq(annotations.targetId, targetId),
            isNull(annotations.deletedAt),
            visibleTo(viewer, annotations),
          ),
        )
        .orderBy(asc(annotations.createdAt));
    },

    /**
     * Edit or soft-delete under optimistic concurrency. Conditional update: it applies only while the
     * version is still `baseVersion`; otherwise the caller gets the current row to show the conflict.
     */
    async change(
      id: string,
      viewer: ViewerScope,
      baseVersion: number,
      edit: {
        body?: string | undefined;
        tags?: string[] | undefined;
        grading?: AnnotationRow['grading'] | undefined;
        delete?: boolean;
      },
      by: string,
      at: string,
    ): Promise<AnnotationChange> {
      return db.transaction(async (tx) => {
        const [updated] = await tx
          .update(annotations)
          .set({
            ...(edit.body === undefined ? {} : { body: edit.body }),
            ...(edit.tags === undefined ? {} : { tags: edit.tags }),
            ...(edit.grading === undefined ? {} : { grading: edit.grading }),
            ...(edit.delete ? { deletedAt: at } : {}),
            version: baseVersion + 1,
            updatedAt: at,
            updatedBy: by,
          })
          .where(
            and(
              eq(annotations.id, id),
              eq(annotations.version, baseVersion),
              isNull(annotations.deletedAt),
              visibleTo(viewer, annotations),
            ),
          )
          .returning();
        if (updated) {
          await tx.insert(annotationRevisions).values({
            annotationId: id,
            version: updated.version,
            body: updated.body,
            tags: updated.tags,
            grading: updated.grading,
            editedBy: by,
            editedAt: at,
            change: edit.delete ? 'delete' : 'edit',
          });
          return { ok: true, row: updated };
        }
        const [current] = await tx
          .select()
          .from(annotations)
          .where(and(eq(annotations.id, id), isNull(annotations.deletedAt), visibleTo(viewer, annotations)))
          .limit(1);
        return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
      });
    },

    async history(id: string): Promise<AnnotationRevisionRow[]> {
      return db
        .select()
        .from(annotationRevisions)
        .where(eq(annotationRevisions.annotationId, id))
        .orderBy(asc(annotationRevisions.version));
    },
  };
}

export type AnnotationRepository = ReturnType<typeof createAnnotationRepository>;
