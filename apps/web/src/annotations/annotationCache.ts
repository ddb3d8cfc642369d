import type { QueryClient } from '@tanstack/react-query';
import type { Annotation, AnnotationTargetType } from '@tidewatch/contracts';
import { restartQueries } from '../data/index.ts';

/** Query keys of the annotations feature: one thread per target. */
export const annotationKeys = {
  all: ['annotations'] as const,
  thread: (targetType: AnnotationTargetType, targetId: string) => ['annotations', targetType, targetId] as const,
};

/** Newer versions win; a deleted note leaves the thread. Null when the incoming copy changes nothing. */
export function mergeAnnotation(held: readonly Annotation[], incoming: Annotation): Annotation[] | null {
  const current = held.find((a) => a.id === incoming.id);
  if (current && current.version > incoming.version) return null;
  const others = held.filter((a) => a.id !== incoming.id);
  return incoming.deleted ? others : [...others, incoming];
}

/**
 * A note changed (an `annotation` message, or this user's own create, edit or delete): its target's cached
 * thread takes it at once. If that thread's read is still in flight, its answer may predate the change, so the
 * read is started again rather than letting the older answer win.
 */
export function applyAnnotation(queryClient: QueryClient, annotation: Annotation): void {
  const queryKey = annotationKeys.thread(annotation.targetType, annotation.targetId);
  queryClient.setQueryData<Annotation[]>(queryKey, (held) =>
    held === undefined ? held : (mergeAnnotation(held, annotation) ?? held),
  );
  if (queryClient.getQueryState(queryKey)?.fetchStatus === 'fetching')
    void restartQueries(queryClient, { queryKey, exact: true });
}
