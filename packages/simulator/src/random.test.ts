import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';

describe('createRng', () => {
  it('replays the same stream for the same seed and labels, and another for other labels', () => {
    const draw = (...labels: (string | number)[]) => {
      const rng = createRng(42, ...labels);
      return Array.from({ length: 5 }, () => rng.uint32());
    };
    expect(draw('a', 1)).toEqual(draw('a', 1));
    expect(draw('a', 1)).not.toEqual(draw('a', 2));
    expect(draw('a', 1)).not.toEqual(draw('a1'));
    expect(createRng('42').next()).toBe(createRng(42).next());
  });

  it('stays in range and is roughly uniform', () => {
    const rng = createRng('uniform');
    const buckets = new Array<number>(10).fill(0);
    const draws = Array.from({ length: 20000 }, () => rng.next());
    for (const x of draws) {
      const b = Math.floor(x * 10);
      buckets[b] = (buckets[b] ?? 0) + 1;
    }
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    for (const n of buckets) expect(n).toBeGreaterThan(1800);
    const ints = new Set(Array.from({ length: 1000 }, () => rng.int(3, 7)));
    expect([...ints].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('draws Poisson counts with the requested mean', () => {
    const rng = createRng('poisson');
    let sum = 0;
    for (let i = 0; i < 5000; i++) sum += rng.poisson(2.5);
    expect(sum / 5000).toBeGreaterThan(2.35);
    expect(sum / 5000).toBeLessThan(2.65);
  });

  it('samples distinct items and respects weights', () => {
    const rng = createRng('sample');
    const picked = rng.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(picked).size).toBe(3);
    let heavy = 0;
    for (let i = 0; i < 2000; i++)
      if (
        rng.weighted([
          ['a', 9],
          ['b', 1],
        ]) === 'a'
      )
        heavy++;
    expect(heavy).toBeGreaterThan(1700);
  });
});
