import { systemScheduler, type Scheduler, type Timer } from '../time/scheduler.ts';

export interface BusState {
  isUp(): boolean;
  onChange(listener: (up: boolean) => void): () => void;
}

/**
 * After Redis returns, the subscriber may renew its subscription after another node has already published
 * to it; working on for a while covers what fell in that window.
 */
const SETTLE_MS = 3000;

/**
 * Runs `task` every `everyMs` while the bus between nodes (Redis) is down and for a while after it is back:
 * the work that stands in for messages other nodes can no longer send (OPS-R3, OPS-R4). A run still under
 * way when the next is due is not doubled.
 */
export class WhileBusDown {
  #timer: Timer | undefined;
  #settleUntil = 0;
  #running = false;
  readonly #unsubscribe: () => void;

  constructor(
    private readonly bus: BusState,
    private readonly everyMs: number,
    private readonly task: () => Promise<void>,
    private readonly now: () => number = Date.now,
    private readonly scheduler: Scheduler = systemScheduler,
  ) {
    this.#unsubscribe = bus.onChange((up) => {
      if (up) this.#settleUntil = this.now() + SETTLE_MS;
      else this.#start();
    });
    if (!bus.isUp()) this.#start();
  }

  close(): void {
    this.#unsubscribe();
    this.scheduler.clear(this.#timer);
    this.#timer = undefined;
  }

  #start(): void {
    if (this.#timer) return;
    this.#timer = this.scheduler.setInterval(() => this.#tick(), this.everyMs).unref();
  }

  #tick(): void {
    if (!this.#running) {
      this.#running = true;
      // Tasks handle and log their own failures; this only keeps a stray one from going unhandled.
      void this.task()
        .catch(() => undefined)
        .finally(() => (this.#running = false));
    }
    if (this.bus.isUp() && this.now() >= this.#settleUntil) {
      this.scheduler.clear(this.#timer);
      this.#timer = undefined;
    }
  }
}
