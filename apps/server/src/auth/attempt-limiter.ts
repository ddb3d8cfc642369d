/**
 * Counts failures per key in a fixed window on the injected clock. In memory, so each node counts its own:
 * the per-account throttle that must hold across nodes lives in the database (users.failed_logins).
 */
export class AttemptLimiter {
  readonly #windows = new Map<string, { failures: number; resetsAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
    /** Bounds memory under a spray from many addresses: the oldest windows are dropped first. */
    private readonly maxKeys = 100_000,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  blockedFor(key: string): number {
    const entry = this.#windows.get(key);
    if (!entry) return 0;
    const now = this.now();
    if (entry.resetsAt <= now) {
      this.#windows.delete(key);
      return 0;
    }
    return entry.failures >= this.limit ? entry.resetsAt - now : 0;
  }

  fail(key: string): void {
    const now = this.now();
    const entry = this.#windows.get(key);
    if (entry && entry.resetsAt > now) {
      entry.failures++;
      return;
    }
    this.#windows.delete(key);
    if (this.#windows.size >= this.maxKeys) this.#dropOldest();
    this.#windows.set(key, { failures: 1, resetsAt: now + this.windowMs });
  }

  #dropOldest(): void {
    // Map order is insertion order, and a key is re-inserted when its window restarts.
    const oldest = this.#windows.keys().next();
    if (!oldest.done) this.#windows.delete(oldest.value);
  }
}
