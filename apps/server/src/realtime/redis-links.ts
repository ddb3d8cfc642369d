import type { createClient } from 'redis';
import type { Logger } from '../logger.ts';
import { withTimeout } from './with-timeout.ts';

export type RedisClient = ReturnType<typeof createClient>;

type ChangeListener = (up: boolean) => void;

/**
 * The connections one node holds to Redis (the publisher, and the subscriber and stream reader the adapter
 * duplicates from it), watched together: the bus between nodes is up only while all of them are.
 *
 * node-redis reconnects by itself and reports each failed attempt as an 'error' event; we log a connection
 * going down and coming back once each, not every attempt (one a second per connection during an outage).
 */
export class RedisLinks {
  readonly #clients = new Map<RedisClient, string>();
  readonly #down = new Set<string>();
  readonly #listeners = new Set<ChangeListener>();
  #up = false;
  #stalled = false;
  #probing = false;

  constructor(private readonly log: Logger) {}

  track(client: RedisClient, role: string): RedisClient {
    this.#clients.set(client, role);
    this.#down.add(role);
    client.on('ready', () => {
      if (this.#down.delete(role)) this.log.info({ redis: role }, 'redis connection up');
      this.#update();
    });
    client.on('error', (err: unknown) => {
      if (!this.#down.has(role))
        this.log.warn({ err, redis: role }, 'redis connection lost; retrying, the node serves on without it');
      this.#markDown(role);
    });
    client.on('end', () => this.#markDown(role));
    return client;
  }

  get size(): number {
    return this.#clients.size;
  }

  /** True while every connection is ready and Redis answers. */
  isUp(): boolean {
    return this.#up;
  }

  /** False while a PING goes unanswered (see probe). */
  isAnswering(): boolean {
    return !this.#stalled;
  }

  /** Why the bus is down, for readiness; undefined while it is up. */
  downReason(): string | undefined {
    if (this.#up) return undefined;
    return this.#down.size > 0 ? 'redis is not connected' : 'redis is not answering';
  }

  /**
   * A Redis that hangs (stopped, or its host gone without closing the connections) drops nothing that
   * node-redis would notice, so the bus counts as down while a PING goes unanswered for `timeoutMs`.
   */
  async probe(client: RedisClient, timeoutMs: number): Promise<void> {
    if (this.#probing || !client.isReady) return;
    this.#probing = true;
    try {
      await withTimeout(client.ping(), timeoutMs, 'redis did not answer');
      if (this.#stalled) this.log.info('redis answers again');
      this.#stalled = false;
    } catch (err) {
      if (!this.#stalled) this.log.warn({ err }, 'redis stopped answering; the node serves on without it');
      this.#stalled = true;
    } finally {
      this.#probing = false;
      this.#update();
    }
  }

  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Waits up to `graceMs` for the publisher's queued commands (a revocation, say), then drops every connection. */
  async closeAll(publisher: RedisClient, graceMs: number): Promise<void> {
    this.#listeners.clear();
    if (publisher.isReady) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([publisher.close().catch(() => undefined), timeout]);
      clearTimeout(timer);
    }
    for (const client of this.#clients.keys()) {
      // Not close(): it waits for commands that, with Redis gone, would only complete once it returns.
      if (client.isOpen) client.destroy();
    }
  }

  #markDown(role: string): void {
    this.#down.add(role);
    this.#update();
  }

  #update(): void {
    const up = this.#down.size === 0 && !this.#stalled;
    if (up === this.#up) return;
    this.#up = up;
    for (const listener of this.#listeners) listener(up);
  }
}
