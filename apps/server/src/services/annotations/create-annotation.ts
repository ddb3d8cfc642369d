import { AnnotationInput, type Annotation, type Releasability } from '@tidewatch/contracts';
import { releaseIssuesWithin } from '@tidewatch/domain';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError, validationError } from '../errors.ts';
import { checkReleasability } from '../watchlists/check-releasability.ts';
import { toAnnotations } from './annotation-dto.ts';
import { resolveTarget, type ResolvedTarget } from './annotation-target.ts';

/**
 * By default a note reaches exactly who can read its target: the target's TLP, its owner and recipients
 * (less the annotating agency, which owns the note) and its groups.
 */
function defaultReleasability(target: ResolvedTarget, ownAgency: string): Releasability {
  const r = target.releasable;
  if (!r) return { tlp: 'GREEN', recipients: [], sharingGroups: [] };
  const recipients = [...new Set([r.ownerAgency, ...r.recipients])].filter((a) => a !== ownAgency);
  return { tlp: r.tlp, recipients, sharingGroups: r.tlp === 'RED' ? [] : [...r.sharingGroups] };
}

export async function createAnnotation({
  ctx,
  targetType,
  targetId,
  input,
}: {
  ctx: RequestContext;
  targetType: string;
  targetId: string;
  input: unknown;
}): Promise<Annotation> {
  requirePermission(ctx, 'annotations:write');
  const target = await resolveTarget(ctx, targetType, targetId);
  const parsed = AnnotationInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'annotation');
  const releasability = parsed.data.releasability ?? defaultReleasability(target, ctx.actor.agency);
  await checkReleasability(ctx, ctx.actor.agency, releasability);
  // REL-5, REL-7, REL-11: the author may read the target, so naming its label and recipients tells nothing new.
  const issues = target.releasable ? releaseIssuesWithin(releasability, target.releasable) : [];
  if (issues.length > 0) throw new ServiceError('unprocessable', `${issues[0]?.path}: ${issues[0]?.message}`, issues);
  const now = ctx.clock.now().toISOString();
  const row = await ctx.annotations.insert({
    targetType: target.type,
    targetId: target.id,
    ownerAgency: ctx.actor.agency,
    authorId: ctx.actor.id,
    body: parsed.data.body,
    tags: parsed.data.tags,
    grading: parsed.data.grading ?? null,
    tlp: releasability.tlp,
    recipients: releasability.recipients,
    sharingGroups: releasability.sharingGroups,
    createdAt: now,
    updatedAt: now,
  });
  ctx.audit.record({
    actor: ctx.actor,
    action: 'annotation.create',
    targetType: 'annotation',
    targetId: row.id,
    outcome: 'success',
    detail: { on: `${target.type}:${target.id}`, tlp: row.tlp },
  });
  const [dto] = await toAnnotations(ctx, [row]);
  if (!dto) throw new Error('annotation dto missing');
  ctx.realtime.annotationChanged(dto, target.releasable);
  return dto;
}
