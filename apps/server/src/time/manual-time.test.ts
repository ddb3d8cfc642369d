import { describe, expect, it } from 'vitest';
import { ManualTime } from './manual-time.ts';
import { systemScheduler } from './scheduler.ts';

describe('ManualTime', () => {
  it('runs timers only when advanced past them, in due order, with the clock at each due time', async () => {
    const time = new ManualTime(Date.UTC(2030, 0, 1));
    const start = time.now().getTime();
    const runs: string[] = [];
    const note = (name: string) => () => runs.push(`${name}@${time.now().getTime() - start}`);
    time.setTimeout(note('b'), 200);
    time.setTimeout(note('a'), 100);
    time.setTimeout(note('a2'), 100);
    await time.advance(99);
    expect(runs).toEqual([]);
    await time.advance(150);
    expect(runs).toEqual(['a@100', 'a2@100', 'b@200']);
    expect(time.now().getTime() - start).toBe(249);
    expect(time.pending).toBe(0);
  });

  it('repeats an interval until cleared, and a cleared timeout never runs', async () => {
    const time = new ManualTime(0);
    let ticks = 0;
    const interval = time.setInterval(() => ticks++, 1000);
    const never = time.setTimeout(() => (ticks += 100), 500);
    time.clear(never);
    await time.advance(3500);
    expect(ticks).toBe(3);
    time.clear(interval);
    await time.advance(5000);
    expect(ticks).toBe(3);
    time.clear(undefined);
  });

  it("runs a timer that an earlier timer's async work sets, within the same advance", async () => {
    const time = new ManualTime(0);
    const runs: number[] = [];
    time.setTimeout(() => {
      void Promise.resolve().then(() => time.setTimeout(() => runs.push(time.now().getTime()), 50));
    }, 10);
    await time.advance(100);
    expect(runs).toEqual([60]);
  });
});

describe('systemScheduler', () => {
  it('runs and clears real timers', async () => {
    const ran: string[] = [];
    const cleared = systemScheduler.setTimeout(() => ran.push('cleared'), 1);
    systemScheduler.clear(cleared);
    await new Promise<void>((resolve) => systemScheduler.setTimeout(resolve, 5).unref());
    expect(ran).toEqual([]);
  });
});
