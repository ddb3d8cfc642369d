import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import type { Annotation, AnnotationTargetType } from '@tidewatch/contracts';
import { errorMessage, unwrap } from '../data/index.ts';
import { subscribeAnnotations } from '../live/annotationBus.ts';
import { listAnnotations } from './api.ts';
import { annotationKeys, applyAnnotation } from './annotationCache.ts';

export interface Thread {
  items: Annotation[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** Puts a copy the caller got from the server (its own create or edit) into the thread. */
  apply: (annotation: Annotation) => void;
}

/**
 * The notes on one target: a cached read under ['annotations', type, id], kept current from the socket
 * (`annotation` messages), so a note another analyst writes or edits shows up here within a second.
 */
export function useAnnotations(targetType: AnnotationTargetType, targetId: string): Thread {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: annotationKeys.thread(targetType, targetId),
    queryFn: async ({ signal }) =>
      (await unwrap(listAnnotations(targetType, targetId, signal))).filter((a) => !a.deleted),
  });

  const apply = useCallback((annotation: Annotation) => applyAnnotation(queryClient, annotation), [queryClient]);

  useEffect(
    () =>
      subscribeAnnotations((annotation) => {
        if (annotation.targetType === targetType && annotation.targetId === targetId) apply(annotation);
      }),
    [targetType, targetId, apply],
  );

  const items = useMemo(
    () => [...(query.data ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [query.data],
  );
  const status: Thread['status'] = query.isError ? 'error' : query.isPending ? 'loading' : 'ready';
  return { items, status, error: errorMessage(query.error), apply };
}
