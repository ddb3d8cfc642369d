import { isRestrictedTlp } from '@tidewatch/domain';
import type { Annotation, AnnotationRevision } from '@tidewatch/contracts';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { toAnnotations } from './annotation-dto.ts';
import { resolveTarget } from './annotation-target.ts';

function auditReads(ctx: RequestContext, notes: readonly Annotation[]): void {
  const restricted = notes.filter((n) => isRestrictedTlp(n.releasability.tlp));
  if (restricted.length > 0) {
    ctx.audit.record({
      actor: ctx.actor,
      action: 'annotation.read',
      targetType: 'annotation',
      outcome: 'success',
      detail: { ids: restricted.map((n) => n.id) },
    });
  }
}

export async function listAnnotations({
  ctx,
  targetType,
  targetId,
}: {
  ctx: RequestContext;
  targetType: string;
  targetId: string;
}): Promise<Annotation[]> {
  requirePermission(ctx, 'events:read');
  const target = await resolveTarget(ctx, targetType, targetId);
  const rows = await ctx.annotations.listForTarget(target.type, target.id, viewerScope(ctx.viewer));
  const notes = await toAnnotations(ctx, rows);
  auditReads(ctx, notes);
  return notes;
}

/** A note fetched by id is readable only if its target is too (REL-7, REL-9). */
export async function getAnnotation({ ctx, id }: { ctx: RequestContext; id: string }): Promise<Annotation> {
  requirePermission(ctx, 'events:read');
  const row = await ctx.annotations.getVisible(id, viewerScope(ctx.viewer));
  if (!row) throw notFound('annotation', id);
  await resolveTarget(ctx, row.targetType, row.targetId).catch(() => {
    throw notFound('annotation', id);
  });
  const [note] = await toAnnotations(ctx, [row]);
  if (!note) throw notFound('annotation', id);
  auditReads(ctx, [note]);
  return note;
}

export async function annotationHistory({
  ctx,
  id,
}: {
  ctx: RequestContext;
  id: string;
}): Promise<AnnotationRevision[]> {
  await getAnnotation({ ctx, id });
  const revisions = await ctx.annotations.history(id);
  const names = new Map<string, string>();
  for (const by of new Set(revisions.map((r) => r.editedBy)))
    names.set(by, (await ctx.users.findById(by))?.displayName ?? 'unknown user');
  return revisions.map((r) => ({
    version: r.version,
    body: r.body,
    tags: r.tags,
    grading: r.grading ?? null,
    editedBy: names.get(r.editedBy) ?? 'unknown user',
    editedAt: new Date(r.editedAt).toISOString(),
    change: r.change as AnnotationRevision['change'],
  }));
}
