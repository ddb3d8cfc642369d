import type { Annotation, AnnotationTargetType } from '@tidewatch/contracts';
import type { AnnotationRow } from '@tidewatch/db';
import type { RequestContext, ServiceContext } from '../context.ts';

/** Rows to the wire shape, with author names looked up once per distinct author. */
export async function toAnnotations(
  ctx: ServiceContext | RequestContext,
  rows: readonly AnnotationRow[],
): Promise<Annotation[]> {
  const names = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.authorId))) {
    const user = await ctx.users.findById(id);
    names.set(id, user?.displayName ?? 'unknown user');
  }
  return rows.map((row) => ({
    id: row.id,
    targetType: row.targetType as AnnotationTargetType,
    targetId: row.targetId,
    ownerAgency: row.ownerAgency,
    author: { id: row.authorId, name: names.get(row.authorId) ?? 'unknown user' },
    body: row.body,
    tags: row.tags,
    grading: row.grading ?? null,
    releasability: {
      tlp: row.tlp as Annotation['releasability']['tlp'],
      recipients: row.recipients,
      sharingGroups: row.sharingGroups,
    },
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
    deleted: row.deletedAt !== null,
  }));
}
