import { AnnotationEdit, type Annotation } from '@tidewatch/contracts';
import { z } from 'zod';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError, forbidden, notFound, validationError } from '../errors.ts';
import { toAnnotations } from './annotation-dto.ts';
import { getAnnotation } from './read-annotations.ts';
import { resolveTarget } from './annotation-target.ts';

export const DeleteInput = z.object({ baseVersion: z.number().int().positive() }).strict();

/**
 * Edits (or soft-deletes) a note. Only its owning agency may change it (AUTH-1). An edit based on an old
 * version is refused with 409 and the current note, never applied over someone else's change.
 */
export async function changeAnnotation({
  ctx,
  id,
  input,
  remove = false,
}: {
  ctx: RequestContext;
  id: string;
  input: unknown;
  remove?: boolean;
}): Promise<Annotation> {
  requirePermission(ctx, 'annotations:write');
  const existing = await getAnnotation({ ctx, id });
  if (existing.ownerAgency !== ctx.actor.agency)
    throw forbidden(`only ${existing.ownerAgency} may change this annotation`);
  const parsed = remove ? DeleteInput.safeParse(input) : AnnotationEdit.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, remove ? 'delete' : 'annotation edit');
  const edit: AnnotationEdit = parsed.data;
  const result = await ctx.annotations.change(
    id,
    viewerScope(ctx.viewer),
    parsed.data.baseVersion,
    { body: edit.body, tags: edit.tags, grading: edit.grading, delete: remove },
    ctx.actor.id,
    ctx.clock.now().toISOString(),
  );
  const action = remove ? 'annotation.delete' : 'annotation.edit';
  if (!result.ok) {
    if (result.reason === 'not_found') throw notFound('annotation', id);
    ctx.audit.record({ actor: ctx.actor, action, targetType: 'annotation', targetId: id, outcome: 'conflict' });
    const [current] = await toAnnotations(ctx, [result.current]);
    throw new ServiceError(
      'conflict',
      `the annotation is at version ${result.current.version}, not ${parsed.data.baseVersion}`,
      [],
      { current },
    );
  }
  ctx.audit.record({
    actor: ctx.actor,
    action,
    targetType: 'annotation',
    targetId: id,
    outcome: 'success',
    detail: { version: result.row.version },
  });
  const target = await resolveTarget(ctx, result.row.targetType, result.row.targetId);
  const [dto] = await toAnnotations(ctx, [result.row]);
  if (!dto) throw new Error('annotation dto missing');
  ctx.realtime.annotationChanged(dto, target.releasable);
  return dto;
}
