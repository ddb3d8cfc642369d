import type { AnnotationTargetType, IntelEvent } from '@tidewatch/contracts';
import { isMmsiFormat } from '@tidewatch/ais';
import { viewerScope } from '../../auth/actor.ts';
import type { RequestContext } from '../context.ts';
import { notFound } from '../errors.ts';

/** The thing an annotation hangs on; `event` is null for targets that carry no releasability (vessels). */
export interface ResolvedTarget {
  type: AnnotationTargetType;
  id: string;
  event: IntelEvent | null;
}

/** REL-7, REL-9: a target the viewer cannot read does not exist for them, and neither do its notes. */
export async function resolveTarget(ctx: RequestContext, type: string, id: string): Promise<ResolvedTarget> {
  if (type === 'event') {
    const event = await ctx.events.getById(id, viewerScope(ctx.viewer));
    if (!event) throw notFound('event', id);
    return { type, id, event };
  }
  // Vessels are public AIS identities: anyone may annotate an MMSI; the note's own releasability applies.
  if (type === 'vessel' && isMmsiFormat(id)) return { type, id, event: null };
  throw notFound(type, id);
}
