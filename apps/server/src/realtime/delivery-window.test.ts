import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeliveryWindow } from './delivery-window.ts';

describe('DeliveryWindow', () => {
  let delivered: number[][];
  let window: DeliveryWindow<number>;

  beforeEach(() => {
    vi.useFakeTimers();
    delivered = [];
    window = new DeliveryWindow<number>(16, (items) => delivered.push([...items]), () => Date.now());
  });
  afterEach(() => {
    window.close();
    vi.useRealTimers();
  });

  it('delivers the first run after a quiet spell at once', () => {
    window.push([1, 2]);
    expect(delivered).toEqual([[1, 2]]);
  });

  it('holds runs that arrive within the window and delivers them together, in order, when it closes', () => {
    window.push([1]);
    vi.advanceTimersByTime(5);
    window.push([2]);
    window.push([3, 4]);
    expect(delivered).toEqual([[1]]);
    vi.advanceTimersByTime(10);
    expect(delivered).toEqual([[1]]);
    vi.advanceTimersByTime(1);
    expect(delivered).toEqual([[1], [2, 3, 4]]);
  });

  it('delivers at once again once a whole window has passed since the last delivery', () => {
    window.push([1]);
    vi.advanceTimersByTime(16);
    window.push([2]);
    expect(delivered).toEqual([[1], [2]]);
  });

  it('times the window from the end of a slow delivery', () => {
    let slow = true;
    const slowWindow = new DeliveryWindow<number>(
      16,
      (items) => {
        delivered.push([...items]);
        if (slow) vi.advanceTimersByTime(40);
        slow = false;
      },
      () => Date.now(),
    );
    slowWindow.push([1]);
    slowWindow.push([2]);
    expect(delivered).toEqual([[1]]);
    vi.advanceTimersByTime(15);
    expect(delivered).toEqual([[1]]);
    vi.advanceTimersByTime(1);
    expect(delivered).toEqual([[1], [2]]);
    slowWindow.close();
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
