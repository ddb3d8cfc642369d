import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeliveryWindow } from './delivery-window.ts';

describe('DeliveryWindow', () => {
  let delivered: number[][];
  /** How long the fake clock says each delivery takes. */
  let deliveryMs: number;
  let window: DeliveryWindow<number>;

  beforeEach(() => {
    vi.useFakeTimers();
    delivered = [];
    deliveryMs = 2;
    window = new DeliveryWindow<number>(
      16,
      (items) => {
        delivered.push([...items]);
        vi.advanceTimersByTime(deliveryMs);
      },
      () => Date.now(),
    );
  });
  afterEach(() => {
    window.close();
    vi.useRealTimers();
  });

  it('delivers the first run after a quiet spell at once', () => {
    window.push([1, 2]);
    expect(delivered).toEqual([[1, 2]]);
  });

  it('holds runs that arrive soon after a delivery (3x its length) and delivers them together, in order', () => {
    window.push([1]);
    window.push([2]);
    window.push([3, 4]);
    expect(delivered).toEqual([[1]]);
    vi.advanceTimersByTime(5);
    expect(delivered).toEqual([[1]]);
    vi.advanceTimersByTime(1);
    expect(delivered).toEqual([[1], [2, 3, 4]]);
  });

  it('delivers at once again once that window has passed', () => {
    window.push([1]);
    vi.advanceTimersByTime(6);
    window.push([2]);
    expect(delivered).toEqual([[1], [2]]);
  });

  it('hardly waits when deliveries are cheap (few sockets)', () => {
    deliveryMs = 0;
    window.push([1]);
    window.push([2]);
    expect(delivered).toEqual([[1], [2]]);
  });

  it('never waits longer than the longest window, however slow a delivery was', () => {
    deliveryMs = 40;
    window.push([1]);
    window.push([2]);
    vi.advanceTimersByTime(15);
    expect(delivered).toEqual([[1]]);
    vi.advanceTimersByTime(1);
    expect(delivered).toEqual([[1], [2]]);
  });

  it('flush delivers what waits now; close drops the timer and delivers nothing more', () => {
    window.push([1]);
    window.push([2]);
    window.flush();
    expect(delivered).toEqual([[1], [2]]);
    window.push([3]);
    window.close();
    vi.advanceTimersByTime(100);
    expect(delivered).toEqual([[1], [2]]);
  });

  it('ignores an empty run', () => {
    window.push([]);
    expect(delivered).toEqual([]);
  });
});
