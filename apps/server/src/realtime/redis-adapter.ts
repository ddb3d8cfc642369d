import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { Logger } from '../logger.ts';
import { guardRedisClient } from './guarded-redis-client.ts';
import { RedisLinks } from './redis-links.ts';
import { withTimeout } from './with-timeout.ts';

/** Readiness must answer within a second even when Redis accepts connections but does not reply. */
const PING_TIMEOUT_MS = 500;
/** How often the publisher's connection is probed: Redis can hang with its connections open. */
const PROBE_EVERY_MS = 1000;
/** How long shutdown waits for commands still queued for Redis. */
const CLOSE_GRACE_MS = 1000;

export interface RedisAdapterHandle {
  adapter: ReturnType<typeof createAdapter>;
  /** True while every connection to Redis is up: only then do other nodes' messages reach this node. */
  isUp(): boolean;
  /** Told each time the bus goes down or comes back. */
  onChange(listener: (up: boolean) => void): () => void;
  /** Rejects at once with a reason while Redis is down, and within PING_TIMEOUT_MS when it does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Nodes share broadcasts through one Redis stream, so an event posted to node A reaches node B's clients.
 *
 * The node does not wait for Redis: it starts, serves its own clients and stops whether Redis is there or
 * not, and the connections keep retrying in the background (the events other nodes commit meanwhile come
 * from the database, see OrderedEventStream.catchUp).
 */
export function connectRedisAdapter(url: string, streamName: string, log: Logger): RedisAdapterHandle {
  const links = new RedisLinks(log);
  const client = links.track(createClient({ url, socket: { connectTimeout: 2000 } }), 'publisher');
  const adapter = createAdapter(guardRedisClient(client, links, log, 'publisher'), { streamName });
  // Rejects only when the client is closed before it ever connected; the failures themselves are logged by RedisLinks.
  client.connect().catch(() => undefined);
  const probe = setInterval(() => void links.probe(client, PING_TIMEOUT_MS), PROBE_EVERY_MS);
  probe.unref();
  return {
    adapter,
    isUp: () => links.isUp(),
    onChange: (listener) => links.onChange(listener),
    async ping() {
      const down = links.downReason();
      if (down) throw new Error(down);
      await withTimeout(client.ping(), PING_TIMEOUT_MS, `redis did not answer within ${PING_TIMEOUT_MS} ms`);
    },
    close: () => {
      clearInterval(probe);
      return links.closeAll(client, CLOSE_GRACE_MS);
    },
  };
}
