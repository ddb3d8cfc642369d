/** Something scheduled; `unref` lets the process end while it is pending (as Node's timers do). */
export interface Timer {
  unref(): Timer;
}

/**
 * Timers behind an interface (GUIDE s.2 item 13): the server's sweeps, flushes, retries and schedules take a
 * Scheduler, so a test advances time (ManualTime) instead of sleeping until a real timer fires.
 */
export interface Scheduler {
  setTimeout(run: () => void, ms: number): Timer;
  setInterval(run: () => void, ms: number): Timer;
  /** Cancels a timer of this scheduler; nothing for `undefined` or one that already ran. */
  clear(timer: Timer | undefined): void;
}

class SystemTimer implements Timer {
  constructor(readonly handle: NodeJS.Timeout) {}
  unref(): Timer {
    this.handle.unref();
    return this;
  }
}

/** Node's own timers. */
export const systemScheduler: Scheduler = {
  setTimeout: (run, ms) => new SystemTimer(setTimeout(run, ms)),
  setInterval: (run, ms) => new SystemTimer(setInterval(run, ms)),
  clear(timer) {
    // clearTimeout clears intervals too.
    if (timer instanceof SystemTimer) clearTimeout(timer.handle);
  },
};
