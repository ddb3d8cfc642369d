import { EVENT_SCHEMA_VERSION, type Annotation, type IntelEvent } from '@tidewatch/contracts';
import type { Releasable } from '@tidewatch/domain';
import type { RealtimeNotifier } from '../services/context.ts';
import type { PrincipalCache } from '../services/auth/principal-cache.ts';
import { releasableOf } from './gateway.ts';
import type { TidewatchServer } from './types.ts';
import { localReaders } from './session-expiry.ts';

/**
 * Carries service side effects to clients on every node: each node filters its own sockets with the same
 * policy, so an annotation reaches only sockets that may read it and its target (REL-7).
 */
export function createRealtimeNotifier(
  io: TidewatchServer,
  clustered: boolean,
  principals: PrincipalCache,
  nowMs: () => number,
): RealtimeNotifier {
  const annotationLocally = (annotation: Annotation, target: Releasable | null) => {
    const items: Releasable[] = [{ ownerAgency: annotation.ownerAgency, ...annotation.releasability }];
    if (target) items.push(target);
    const ids = localReaders(io, items, nowMs());
    if (ids.length > 0) io.local.to(ids).emit('annotation', { v: EVENT_SCHEMA_VERSION, annotation });
  };
  const eventUpdatedLocally = (event: IntelEvent) => {
    const ids = localReaders(io, [releasableOf(event)], nowMs());
    if (ids.length > 0) io.local.to(ids).emit('event:updated', { v: EVENT_SCHEMA_VERSION, event });
  };
  io.on('tw:annotation', annotationLocally);
  io.on('tw:revoke', () => principals.clear());
  io.on('tw:event-updated', eventUpdatedLocally);
  return {
    annotationChanged(annotation, target) {
      annotationLocally(annotation, target);
      if (clustered) io.serverSideEmit('tw:annotation', annotation, target);
    },
    eventTriaged(event) {
      eventUpdatedLocally(event);
      if (clustered) io.serverSideEmit('tw:event-updated', event);
    },
    revoke(rooms) {
      principals.clear();
      if (clustered) io.serverSideEmit('tw:revoke');
      // Through the adapter, so sockets on every node go.
      if (rooms.length > 0) io.in(rooms).disconnectSockets(true);
    },
  };
}
