import { systemScheduler, type Scheduler, type Timer } from './time/scheduler.ts';

/** Counts writes under way so shutdown can let them finish before the database closes. */
export class InFlight {
  readonly #pending = new Set<Promise<unknown>>();

  /** Runs the drain deadline of `settled`; tests pass a ManualTime. */
  constructor(private readonly scheduler: Scheduler = systemScheduler) {}

  track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    const forget = () => this.#pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  get size(): number {
    return this.#pending.size;
  }

  async settled(timeoutMs: number): Promise<void> {
    if (this.#pending.size === 0) return;
    let timer: Timer | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = this.scheduler.setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.#pending]), timeout]);
    this.scheduler.clear(timer);
  }
}
