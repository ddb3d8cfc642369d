import { describe, expect, it } from 'vitest';
import { SeqRuns } from './seq-runs.ts';

describe('SeqRuns', () => {
  it('joins consecutive seqs into one run and starts a new run after a hole', () => {
    const runs = new SeqRuns();
    for (const seq of [3, 4, 5, 9, 10, 12]) runs.add(seq);
    expect(runs.count).toBe(6);
    expect(runs.take()).toEqual([
      [3, 5],
      [9, 10],
      [12, 12],
    ]);
  });

  it('counts a seq sent twice once', () => {
    const runs = new SeqRuns();
    for (const seq of [7, 8, 8, 7]) runs.add(seq);
    expect(runs.count).toBe(2);
    expect(runs.take()).toEqual([[7, 8]]);
  });

  it('is empty after take', () => {
    const runs = new SeqRuns();
    runs.add(1);
    runs.take();
    expect(runs.count).toBe(0);
    expect(runs.take()).toEqual([]);
  });
});
