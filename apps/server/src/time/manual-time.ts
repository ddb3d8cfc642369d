import type { Scheduler, Timer } from './scheduler.ts';

class ManualTimer implements Timer {
  constructor(
    public dueMs: number,
    /** Set for an interval: it is due again this long after each run. */
    readonly everyMs: number | undefined,
    readonly run: () => void,
    /** Creation order, so timers due at one instant run in the order they were set, as Node runs them. */
    public order: number,
  ) {}
  unref(): Timer {
    return this;
  }
}

/** Lets pending promise callbacks, and I/O callbacks already due, run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A clock and a scheduler that move only when told: `advance(ms)` runs every timer that falls due on the way,
 * in time order, with the clock reading each timer's due time while it runs (intervals repeat). Tests of
 * timed behaviour (sweeps, retries, schedules) advance it instead of sleeping.
 */
export class ManualTime implements Scheduler {
  #nowMs: number;
  #timers = new Set<ManualTimer>();
  #created = 0;

  constructor(start: Date | number = Date.now()) {
    this.#nowMs = typeof start === 'number' ? start : start.getTime();
  }

  now(): Date {
    return new Date(this.#nowMs);
  }

  setTimeout(run: () => void, ms: number): Timer {
    return this.#add(run, ms, undefined);
  }

  setInterval(run: () => void, ms: number): Timer {
    // As in Node, an interval under 1 ms runs every 1 ms rather than forever at one instant.
    return this.#add(run, ms, Math.max(1, ms));
  }

  clear(timer: Timer | undefined): void {
    if (timer instanceof ManualTimer) this.#timers.delete(timer);
  }

  /** How many timers are waiting. */
  get pending(): number {
    return this.#timers.size;
  }

  /**
   * Moves time forward by `ms`, running the timers due on the way. Before each timer it lets pending promise
   * callbacks run, so work a timer starts, and timers that work sets, are seen in order.
   */
  async advance(ms: number): Promise<void> {
    const target = this.#nowMs + ms;
    for (;;) {
      await settle();
      const next = this.#next();
      if (!next || next.dueMs > target) break;
      this.#nowMs = Math.max(this.#nowMs, next.dueMs);
      if (next.everyMs === undefined) this.#timers.delete(next);
      else {
        next.dueMs = this.#nowMs + next.everyMs;
        next.order = ++this.#created;
      }
      next.run();
    }
    this.#nowMs = target;
    await settle();
  }

  #add(run: () => void, ms: number, everyMs: number | undefined): Timer {
    const timer = new ManualTimer(this.#nowMs + Math.max(0, ms), everyMs, run, ++this.#created);
    this.#timers.add(timer);
    return timer;
  }

  #next(): ManualTimer | undefined {
    let next: ManualTimer | undefined;
    for (const t of this.#timers)
      if (!next || t.dueMs < next.dueMs || (t.dueMs === next.dueMs && t.order < next.order)) next = t;
    return next;
  }
}
