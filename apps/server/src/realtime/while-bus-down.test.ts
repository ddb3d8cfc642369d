import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WhileBusDown, type BusState } from './while-bus-down.ts';

/** A bus whose state the test sets, told to listeners as RedisLinks tells them. */
class TestBus implements BusState {
  #up: boolean;
  readonly #listeners = new Set<(up: boolean) => void>();
  constructor(up: boolean) {
    this.#up = up;
  }
  isUp() {
    return this.#up;
  }
  onChange(listener: (up: boolean) => void) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  set(up: boolean) {
    this.#up = up;
    for (const listener of this.#listeners) listener(up);
  }
}

describe('WhileBusDown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('[OPS-R3] works while the bus is down and for 3 s after it returns, then stops', async () => {
    const bus = new TestBus(true);
    let runs = 0;
    const worker = new WhileBusDown(
      bus,
      200,
      async () => void runs++,
      () => Date.now(),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(0);
    bus.set(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(5);
    bus.set(true);
    await vi.advanceTimersByTimeAsync(3000);
    const settled = runs;
    expect(settled).toBeGreaterThanOrEqual(19);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(settled);
    worker.close();
  });

  it('[OPS-R3] starts at once when the node starts without the bus, and never runs a task twice at a time', async () => {
    const bus = new TestBus(false);
    let running = 0;
    let most = 0;
    let runs = 0;
    const worker = new WhileBusDown(bus, 100, async () => {
      runs++;
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 350));
      running--;
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toBeGreaterThanOrEqual(4);
    expect(most).toBe(1);
    worker.close();
    const after = runs;
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toBe(after);
  });
});
