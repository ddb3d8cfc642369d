import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { Logger } from '../logger.ts';

export interface RedisAdapterHandle {
  adapter: ReturnType<typeof createAdapter>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Nodes share broadcasts through one Redis stream, so an event posted to node A reaches node B's clients. */
export async function connectRedisAdapter(url: string, streamName: string, log: Logger): Promise<RedisAdapterHandle> {
  const client = createClient({ url });
  client.on('error', (err: unknown) => log.error({ err }, 'redis error'));
  await client.connect();
  return {
    adapter: createAdapter(client, { streamName }),
    async ping() {
      await client.ping();
    },
    async close() {
      await client.quit().catch(() => undefined);
    },
  };
}
