import type { Annotation } from '@tidewatch/contracts';

type Listener = (annotation: Annotation) => void;

/**
 * Live annotation changes from the socket, fanned out to the open threads. A thread subscribes while it is
 * shown and keeps only those on its own target; the socket does not need to know which threads are open.
 */
const listeners = new Set<Listener>();

export function publishAnnotation(annotation: Annotation): void {
  for (const listener of listeners) listener(annotation);
}

export function subscribeAnnotations(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
