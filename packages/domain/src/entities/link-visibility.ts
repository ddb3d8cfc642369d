import { canRead, type Releasable, type Viewer } from '../releasability/policy.ts';

/** A link between two releasable ends, itself releasable (LINK-1). */
export interface ReleasableLink<End> extends Releasable {
  from: End;
  to: End;
}

/**
 * LINK-1: a link exists for a viewer only if the viewer may read the link AND both of its ends. `readEnd` tells
 * whether an end is readable (undefined: it does not exist, or the viewer may not read it). What fails appears
 * nowhere: not as an anonymous node, not in a count.
 */
export function visibleLinks<End, L extends ReleasableLink<End>>(
  viewer: Viewer,
  links: readonly L[],
  readEnd: (end: End) => Releasable | undefined,
): L[] {
  return links.filter((link) => {
    if (!canRead(viewer, link)) return false;
    const from = readEnd(link.from);
    const to = readEnd(link.to);
    return from !== undefined && to !== undefined && canRead(viewer, from) && canRead(viewer, to);
  });
}
