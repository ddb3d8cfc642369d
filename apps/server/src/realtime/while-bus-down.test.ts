import { describe, expect, it } from 'vitest';
import { ManualTime } from '../time/manual-time.ts';
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
  it('[OPS-R3] works while the bus is down and for 3 s after it returns, then stops', async () => {
    const time = new ManualTime();
    const bus = new TestBus(true);
    let runs = 0;
    const worker = new WhileBusDown(
      bus,
      200,
      async () => void runs++,
      () => time.now().getTime(),
      time,
    );
    await time.advance(1000);
    expect(runs).toBe(0);
    bus.set(false);
    await time.advance(1000);
    expect(runs).toBe(5);
    bus.set(true);
    await time.advance(3000);
    const settled = runs;
    expect(settled).toBeGreaterThanOrEqual(19);
    await time.advance(5000);
    expect(runs).toBe(settled);
    worker.close();
  });

  it('[OPS-R3] starts at once when the node starts without the bus, and never runs a task twice at a time', async () => {
    const time = new ManualTime();
    const bus = new TestBus(false);
    let running = 0;
    let most = 0;
    let runs = 0;
    const worker = new WhileBusDown(
      bus,
      100,
      async () => {
        runs++;
        most = Math.max(most, ++running);
        await new Promise<void>((resolve) => time.setTimeout(resolve, 350));
        running--;
      },
      () => time.now().getTime(),
      time,
    );
    await time.advance(2000);
    expect(runs).toBeGreaterThanOrEqual(4);
    expect(most).toBe(1);
    worker.close();
    const after = runs;
    await time.advance(2000);
    expect(runs).toBe(after);
  });
});
