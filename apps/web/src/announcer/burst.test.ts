import { describe, expect, it } from 'vitest';
import { BurstGatherer, type Timers } from './burst.ts';

/** Timers the test moves by hand: nothing here waits for real time. */
class ManualTimers implements Timers {
  private at = 0;
  private queue: { due: number; run: () => void; handle: number }[] = [];
  private nextHandle = 1;
  now(): number {
    return this.at;
  }
  setTimeout(run: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.queue.push({ due: this.at + ms, run, handle });
    return handle;
  }
  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.handle !== handle);
  }
  advance(ms: number): void {
    const until = this.at + ms;
    for (;;) {
      const next = this.queue.filter((t) => t.due <= until).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.queue = this.queue.filter((t) => t !== next);
      this.at = next.due;
      next.run();
    }
    this.at = until;
  }
}

function setup() {
  const timers = new ManualTimers();
  const batches: number[][] = [];
  const gatherer = new BurstGatherer<number>(
    { gatherMs: 1_500, minGapMs: 10_000 },
    (b) => batches.push([...b]),
    timers,
  );
  return { timers, batches, gatherer };
}

describe('BurstGatherer [A11Y-6]', () => {
  it('[A11Y-6] speaks a burst once, with everything that arrived while it gathered', () => {
    const { timers, batches, gatherer } = setup();
    gatherer.add(1);
    timers.advance(500);
    gatherer.add(2);
    gatherer.add(3);
    timers.advance(999);
    expect(batches).toEqual([]);
    timers.advance(1);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('[A11Y-6] keeps announcements at least the minimum gap apart, holding what comes in between', () => {
    const { timers, batches, gatherer } = setup();
    gatherer.add(1);
    timers.advance(1_500);
    gatherer.add(2);
    timers.advance(5_000);
    gatherer.add(3);
    // 10 s after the first announcement (at 1.5 s), not 1.5 s after the second event.
    timers.advance(4_999);
    expect(batches).toEqual([[1]]);
    timers.advance(1);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('[A11Y-6] after a quiet spell, a single event is spoken alone after the gathering time', () => {
    const { timers, batches, gatherer } = setup();
    gatherer.add(1);
    timers.advance(60_000);
    gatherer.add(2);
    timers.advance(1_500);
    expect(batches).toEqual([[1], [2]]);
  });

  it('[A11Y-6] says nothing of what was pending once disposed', () => {
    const { timers, batches, gatherer } = setup();
    gatherer.add(1);
    gatherer.dispose();
    timers.advance(60_000);
    expect(batches).toEqual([]);
  });
});
