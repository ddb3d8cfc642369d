/**
 * Gathers items that arrive close together and hands them over as one batch (A11Y-6): the first item waits
 * `gatherMs` for its burst to complete, and batches are at least `minGapMs` apart, so a flood is spoken once as
 * "N new ..." instead of N times, and a screen reader is never talked over by its own announcements.
 */
export interface BurstTiming {
  gatherMs: number;
  minGapMs: number;
}

export interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export class BurstGatherer<T> {
  private pending: T[] = [];
  private timer: unknown = null;
  private lastFlushAt = -Infinity;

  constructor(
    private readonly timing: BurstTiming,
    private readonly onBatch: (batch: readonly T[]) => void,
    private readonly timers: Timers = browserTimers,
  ) {}

  add(item: T): void {
    this.pending.push(item);
    if (this.timer !== null) return;
    const now = this.timers.now();
    const wait = Math.max(this.timing.gatherMs, this.lastFlushAt + this.timing.minGapMs - now);
    this.timer = this.timers.setTimeout(() => this.flush(), wait);
  }

  /** Drops what is pending without announcing it (the component is going away). */
  dispose(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
  }

  private flush(): void {
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    this.lastFlushAt = this.timers.now();
    this.onBatch(batch);
  }
}
