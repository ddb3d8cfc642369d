import type { AnnotationTargetType } from '@tidewatch/contracts';
import type { Releasable } from '@tidewatch/domain';
import { isMmsiFormat } from '@tidewatch/ais';
import { viewerScope } from '../../auth/actor.ts';
import type { RequestContext } from '../context.ts';
import { notFound } from '../errors.ts';

/** The thing an annotation hangs on; `releasable` is null for public targets (vessels by MMSI). */
export interface ResolvedTarget {
  type: AnnotationTargetType;
  id: string;
  releasable: Releasable | null;
}

/** REL-7, REL-9: a target the viewer cannot read does not exist for them, and neither do its notes. */
export async function resolveTarget(ctx: RequestContext, type: string, id: string): Promise<ResolvedTarget> {
  const scope = viewerScope(ctx.viewer);
  if (type === 'event') {
    const event = await ctx.events.getById(id, scope);
    if (!event) throw notFound('event', id);
    return { type, id, releasable: { ownerAgency: event.ownerAgency, ...event.releasability } };
  }
  // Vessels are public AIS identities: anyone may annotate an MMSI; the note's own releasability applies.
  if (type === 'vessel') {
    if (isMmsiFormat(id)) return { type, id, releasable: null };
    throw notFound(type, id);
  }
  const resolver = ctx.annotationTargets.get(type as AnnotationTargetType);
  const releasable = resolver ? await resolver(scope, id) : undefined;
  if (!releasable) throw notFound(type, id);
  return { type: type as AnnotationTargetType, id, releasable };
}
