import { describe, expect, it } from 'vitest';
import { countAxis } from './OverTimeChart.tsx';

describe('trend chart count axis', () => {
  it('puts the top above the tallest column, at a round whole-number step', () => {
    expect(countAxis(20)).toEqual({ top: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(countAxis(19)).toEqual({ top: 20, ticks: [0, 5, 10, 15, 20] });
    expect(countAxis(3)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
    expect(countAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(countAxis(1000)).toEqual({ top: 1250, ticks: [0, 250, 500, 750, 1000, 1250] });
  });

  it('keeps every tick a whole number where a quarter of the range is not', () => {
    for (let tallest = 0; tallest <= 5000; tallest++) {
      const { top, ticks } = countAxis(tallest);
      expect(top).toBeGreaterThan(tallest);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks.length).toBeLessThanOrEqual(9);
    }
  });
});
