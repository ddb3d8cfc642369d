import { useCallback, useEffect, useState } from 'react';
import type { Annotation, AnnotationTargetType } from '@tidewatch/contracts';
import { listAnnotations } from './api.ts';
import { subscribeAnnotations } from '../live/annotationBus.ts';

export interface Thread {
  items: Annotation[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** Puts a copy the caller got from the server (its own create or edit) into the thread. */
  apply: (annotation: Annotation) => void;
}

/** Newer versions win; a deleted note leaves the thread. */
function merge(held: ReadonlyMap<string, Annotation>, incoming: Annotation): Map<string, Annotation> | null {
  const current = held.get(incoming.id);
  if (current && current.version > incoming.version) return null;
  const next = new Map(held);
  if (incoming.deleted) next.delete(incoming.id);
  else next.set(incoming.id, incoming);
  return next;
}

/**
 * The notes on one target: loaded over REST, then kept current from the socket (`annotation` messages), so
 * a note another analyst writes or edits shows up here within a second.
 */
export function useAnnotations(targetType: AnnotationTargetType, targetId: string): Thread {
  const [byId, setById] = useState<ReadonlyMap<string, Annotation>>(new Map());
  const [status, setStatus] = useState<Thread['status']>('loading');
  const [error, setError] = useState<string | null>(null);

  const apply = useCallback((annotation: Annotation) => {
    setById((held) => merge(held, annotation) ?? held);
  }, []);

  useEffect(() => {
    // Subscribe before loading so a change made while the list is in flight is not lost.
    const early: Annotation[] = [];
    let loaded = false;
    const unsubscribe = subscribeAnnotations((annotation) => {
      if (annotation.targetType !== targetType || annotation.targetId !== targetId) return;
      if (loaded) apply(annotation);
      else early.push(annotation);
    });
    const abort = new AbortController();
    listAnnotations(targetType, targetId, abort.signal)
      .then((res) => {
        if (!res.ok) {
          setStatus('error');
          setError(res.message);
          return;
        }
        let held: ReadonlyMap<string, Annotation> = new Map(res.data.filter((a) => !a.deleted).map((a) => [a.id, a]));
        for (const annotation of early) held = merge(held, annotation) ?? held;
        loaded = true;
        setById(held);
        setStatus('ready');
      })
      .catch(() => undefined);
    return () => {
      abort.abort();
      unsubscribe();
    };
  }, [targetType, targetId, apply]);

  const items = [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { items, status, error, apply };
}
