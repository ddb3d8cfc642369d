import type { OrderedEventStream } from './ordered-event-stream.ts';

export interface BusState {
  isUp(): boolean;
  onChange(listener: (up: boolean) => void): () => void;
}

/** How often the database is read while the bus is down: the delay of other nodes' events in an outage. */
const POLL_MS = 200;
/**
 * After Redis returns, the subscriber may renew its subscription after another node has already published
 * to it; reading on for a while covers events that fell in that window.
 */
const SETTLE_MS = 3000;

/**
 * While the bus between nodes (Redis) is down, other nodes' events reach this node through the database:
 * its stream reads what was committed after the last seq it delivered, five times a second, until a while
 * after the bus is back. A node with no writes of its own thus misses nothing during an outage.
 */
export class DatabaseCatchUp {
  #timer: NodeJS.Timeout | undefined;
  #settleUntil = 0;
  readonly #unsubscribe: () => void;

  constructor(
    private readonly bus: BusState,
    private readonly stream: OrderedEventStream,
    private readonly now: () => number = Date.now,
  ) {
    this.#unsubscribe = bus.onChange((up) => {
      if (up) this.#settleUntil = this.now() + SETTLE_MS;
      else this.#start();
    });
    if (!bus.isUp()) this.#start();
  }

  close(): void {
    this.#unsubscribe();
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => this.#tick(), POLL_MS);
    this.#timer.unref();
  }

  #tick(): void {
    void this.stream.catchUp();
    if (this.bus.isUp() && this.now() >= this.#settleUntil) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
