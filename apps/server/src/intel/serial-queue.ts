import type { Logger } from '../logger.ts';

/**
 * Runs async tasks one at a time in submission order, so a revision of an alert is never stored before the
 * alert itself. Bounded: if the database falls far behind, new tasks are dropped and counted, not queued
 * without limit.
 */
export class SerialQueue {
  #tail: Promise<void> = Promise.resolve();
  #pending = 0;
  dropped = 0;

  constructor(
    private readonly log: Logger,
    private readonly maxPending = 10_000,
  ) {}

  get pending(): number {
    return this.#pending;
  }

  push(what: string, task: () => Promise<unknown>): void {
    if (this.#pending >= this.maxPending) {
      this.dropped++;
      if (this.dropped % 1000 === 1) this.log.warn({ dropped: this.dropped, what }, 'intel queue full; dropping');
      return;
    }
    this.#pending++;
    this.#tail = this.#tail
      .then(async () => {
        await task();
      })
      .catch((err: unknown) => this.log.error({ err, what }, 'intel task failed'))
      .finally(() => {
        this.#pending--;
      });
  }

  /** Resolves when everything queued so far has run. */
  drained(): Promise<void> {
    return this.#tail;
  }
}
