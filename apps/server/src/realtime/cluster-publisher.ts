import type { TidewatchServer } from './types.ts';
import type { IntelEvent } from '@tidewatch/contracts';
import type { EventPublisher } from '../services/context.ts';
import type { OrderedEventStream } from './ordered-event-stream.ts';

/** Inter-node message name; nodes only ever exchange committed events. */
export const CLUSTER_EVENTS = 'tw:events';

/**
 * Publishes to this node's stream at once and to every other node through the Socket.IO adapter
 * (Redis Streams when REDIS_URL is set; with the in-memory adapter there are no other nodes).
 */
export function createClusterPublisher(
  io: TidewatchServer,
  stream: OrderedEventStream,
  clustered: boolean,
): EventPublisher {
  io.on(CLUSTER_EVENTS, (events: IntelEvent[]) => stream.accept(events));
  return {
    publish(events) {
      stream.accept(events);
      if (clustered) io.serverSideEmit(CLUSTER_EVENTS, [...events]);
    },
  };
}
