import type { Scheduler, Timer } from '../time/scheduler.ts';

/**
 * FED-10: lets a feed request wait (long poll) until an event after its cursor commits, instead of the partner
 * polling on a timer. Fed by the ordered event stream, which sees every node's commits.
 */
export class CommitSignal {
  #latest: number;
  readonly #waiters = new Set<{ after: number; wake: () => void }>();

  constructor(
    latest: number,
    private readonly scheduler: Scheduler,
  ) {
    this.#latest = latest;
  }

  committed(seq: number): void {
    if (seq <= this.#latest) return;
    this.#latest = seq;
    for (const waiter of this.#waiters) if (seq > waiter.after) waiter.wake();
  }

  /** Resolves when a seq above `after` has committed, after `ms`, or when `signal` aborts, whichever is first. */
  waitAbove(after: number, ms: number, signal?: AbortSignal): Promise<void> {
    if (this.#latest > after || ms <= 0 || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      let timer: Timer | undefined;
      const waiter = {
        after,
        wake: () => {
          this.#waiters.delete(waiter);
          this.scheduler.clear(timer);
          signal?.removeEventListener('abort', waiter.wake);
          resolve();
        },
      };
      this.#waiters.add(waiter);
      timer = this.scheduler.setTimeout(waiter.wake, ms);
      signal?.addEventListener('abort', waiter.wake, { once: true });
    });
  }

  /** On shutdown: every waiting request answers now. */
  wakeAll(): void {
    for (const waiter of [...this.#waiters]) waiter.wake();
  }
}
