import type { Logger } from '../logger.ts';
import type { RedisClient, RedisLinks } from './redis-links.ts';

/** How long a command on a closed connection waits before it fails, so a retry loop cannot spin. */
const CLOSED_RETRY_DELAY_MS = 100;

/**
 * The Redis client as the Socket.IO Redis Streams adapter gets it. The adapter (0.3.1) fires PUBLISH for
 * server-side emits without handling its promise, and its stream reader and subscriber call disconnect() on
 * connections that may already be closed: with Redis gone under load, each of those ended the process
 * (an unhandled rejection). Here they fail into the log instead, and the connections it duplicates are
 * watched and closed with ours.
 *
 * While Redis is down, publishes are dropped rather than queued: the other nodes read this node's events
 * from the database meanwhile (OrderedEventStream.catchUp, run by WhileBusDown), and a queue would grow
 * with every write of the outage. Stream appends (XADD: socket disconnects, heartbeats) still queue and
 * reach Redis when it returns.
 */
export function guardRedisClient(client: RedisClient, links: RedisLinks, log: Logger, role: string): RedisClient {
  // Counted, and logged once per outage: at 1,500 writes/s a line per message would flood the log.
  let dropped = 0;
  let lost = 0;
  const publishGuarded = (publish: () => Promise<number>): Promise<number> => {
    // Not while Redis hangs either: each publish would wait, held in memory, for as long as it hangs.
    if (!client.isReady || !links.isAnswering()) {
      if (dropped++ === 0)
        log.warn({ redis: role }, 'redis is down: messages to other nodes are dropped until it returns');
      return Promise.resolve(0);
    }
    if (dropped + lost > 0) {
      log.info({ redis: role, dropped, lost }, 'redis is back: messages to other nodes flow again');
      dropped = 0;
      lost = 0;
    }
    return publish().catch((err: unknown) => {
      if (lost++ === 0) log.warn({ err, redis: role }, 'messages to other nodes were lost with the redis connection');
      return 0;
    });
  };
  const overrides: Partial<Record<PropertyKey, unknown>> = {
    publish: (channel: string, message: Buffer | string) => publishGuarded(() => client.publish(channel, message)),
    sPublish: (channel: string, message: Buffer | string) => publishGuarded(() => client.sPublish(channel, message)),
    duplicate: () => {
      const copy = client.duplicate();
      const copyRole = role === 'publisher' ? `duplicate-${links.size}` : `${role}-duplicate`;
      return guardRedisClient(links.track(copy, copyRole), links, log, copyRole);
    },
    // The adapter's stream reader retries at once on failure: on a closed connection that would spin.
    xRead: (...args: Parameters<RedisClient['xRead']>) =>
      client.isOpen
        ? client.xRead(...args)
        : new Promise((_resolve, reject) =>
            setTimeout(() => reject(new Error('the redis connection is closed')), CLOSED_RETRY_DELAY_MS),
          ),
    // A SUBSCRIBE that fails registers no listener, and node-redis only renews subscriptions that took.
    subscribe: (...args: Parameters<RedisClient['subscribe']>) => {
      const attempt = (): Promise<void> =>
        client.subscribe(...args).catch((err: unknown) => {
          log.warn({ err, redis: role }, 'redis subscribe failed; retrying once the connection is back');
          client.once('ready', () => void attempt());
        });
      return attempt();
    },
    disconnect: () => {
      if (client.isOpen) client.destroy();
      return Promise.resolve();
    },
  };
  return new Proxy(client, {
    get(target, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property];
      const value: unknown = Reflect.get(target, property, target);
      // node-redis methods read private fields through `this`, which must be the client, not the proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
