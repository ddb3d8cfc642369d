import type { AnnotationTargetType } from '@tidewatch/contracts';
import type { ViewerScope } from '@tidewatch/db';
import type { Releasable } from '@tidewatch/domain';

/** Finds a target the viewer may read and answers its releasability; undefined when there is none for them. */
export type AnnotationTargetResolver = (viewer: ViewerScope, id: string) => Promise<Releasable | undefined>;

/**
 * Resolvers for target types owned by other parts of the server (consignments, watchlist entries), filled
 * in by the composition root, so annotations need not know those repositories. Apart from the resolving
 * verb so the service context can name them without importing it.
 */
export type AnnotationTargetResolvers = Map<AnnotationTargetType, AnnotationTargetResolver>;
