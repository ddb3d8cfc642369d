import { EVENT_SCHEMA_VERSION, type Annotation, type IntelEvent } from '@tidewatch/contracts';
import type { Releasable } from '@tidewatch/domain';
import type { RealtimeNotifier } from '../services/context.ts';
import type { PrincipalCache } from '../services/auth/principal-cache.ts';
import { type RealtimeFanout, releasableItem, releasableOf } from './fanout.ts';
import type { TidewatchServer } from './types.ts';

/**
 * Carries service side effects to clients on every node: each node filters its own sockets with the same
 * policy, so an annotation reaches only sockets that may read it and its target (REL-7).
 */
export function createRealtimeNotifier(
  io: TidewatchServer,
  clustered: boolean,
  principals: PrincipalCache,
  fanout: RealtimeFanout,
): RealtimeNotifier & { onEventTriaged(listener: (event: IntelEvent) => void): void } {
  const triageListeners: ((event: IntelEvent) => void)[] = [];
  const annotationLocally = (annotation: Annotation, target: Releasable | null) => {
    const items = [releasableItem(annotation)];
    if (target) items.push(target);
    fanout.toReaders(items, 'annotation', { v: EVENT_SCHEMA_VERSION, annotation });
  };
  const eventUpdatedLocally = (event: IntelEvent) => {
    fanout.toReaders([releasableOf(event)], 'event:updated', { v: EVENT_SCHEMA_VERSION, event });
    for (const listener of triageListeners) listener(event);
  };
  const eventWithdrawnLocally = (id: string, before: Releasable, after: Releasable | null) => {
    fanout.toFormerReaders(before, after, 'event:withdrawn', { v: EVENT_SCHEMA_VERSION, id });
  };
  io.on('tw:annotation', annotationLocally);
  io.on('tw:event-withdrawn', eventWithdrawnLocally);
  io.on('tw:revoke', () => principals.clear());
  io.on('tw:event-updated', eventUpdatedLocally);
  return {
    /** Server-side listeners of triage changes, local and from other nodes (feature modules' triageListeners). */
    onEventTriaged(listener) {
      triageListeners.push(listener);
    },
    annotationChanged(annotation, target) {
      annotationLocally(annotation, target);
      if (clustered) io.serverSideEmit('tw:annotation', annotation, target);
    },
    eventTriaged(event) {
      eventUpdatedLocally(event);
      if (clustered) io.serverSideEmit('tw:event-updated', event);
    },
    eventWithdrawn(id, before, after) {
      eventWithdrawnLocally(id, before, after);
      if (clustered) io.serverSideEmit('tw:event-withdrawn', id, before, after);
    },
    revoke(rooms) {
      principals.clear();
      if (clustered) io.serverSideEmit('tw:revoke');
      // Through the adapter, so sockets on every node go.
      if (rooms.length > 0) io.in(rooms).disconnectSockets(true);
    },
  };
}
