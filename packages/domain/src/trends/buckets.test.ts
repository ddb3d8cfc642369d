import { describe, expect, it } from 'vitest';
import { bucketSlots, percentChange, truncateDate } from './buckets.ts';

describe('trend buckets', () => {
  it('truncates like date_trunc: weeks start on Monday, months on the 1st', () => {
    expect(truncateDate('2026-10-01', 'week')).toBe('2026-09-28');
    expect(truncateDate('2026-10-04', 'week')).toBe('2026-09-28');
    expect(truncateDate('2026-10-05', 'week')).toBe('2026-10-05');
    expect(truncateDate('2026-10-17', 'month')).toBe('2026-10-01');
  });

  it('has a slot for every bucket with its UTC start in the zone', () => {
    expect(bucketSlots('2026-09-30', '2026-10-02', 'day', 'America/Jamaica')).toEqual([
      { bucketStart: '2026-09-30', startsAt: '2026-09-30T05:00:00.000Z' },
      { bucketStart: '2026-10-01', startsAt: '2026-10-01T05:00:00.000Z' },
      { bucketStart: '2026-10-02', startsAt: '2026-10-02T05:00:00.000Z' },
    ]);
    expect(bucketSlots('2026-01-15', '2026-03-02', 'month', 'UTC').map((s) => s.bucketStart)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
  });

  it('reports relative change, or null when there is nothing to compare with', () => {
    expect(percentChange(6, 1)).toBe(500);
    expect(percentChange(1, 3)).toBe(-66.7);
    expect(percentChange(2, 0)).toBeNull();
  });
});
