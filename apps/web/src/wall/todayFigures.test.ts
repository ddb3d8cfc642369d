import { describe, expect, it } from 'vitest';
import { eventFixture } from '../live/eventFixture.ts';
import { countToday, figure } from './todayFigures.ts';

const DAY = Date.UTC(2026, 11, 7);
const at = (ms: number): string => new Date(ms).toISOString();
/** `n` events newest first (seq descending), the oldest received `firstReceivedMs`, one a minute after it. */
const held = (n: number, firstReceivedMs: number) =>
  Array.from({ length: n }, (_, i) => {
    const seq = n - i;
    const t = at(firstReceivedMs + (seq - 1) * 60_000);
    return eventFixture(seq, { occurredAt: t, receivedAt: t, severity: seq % 5 === 0 ? 5 : 2 });
  });

describe('the wall’s figures for today', () => {
  it('[INT-5] a full store whose oldest event came today shows "5,000+", never a plain 5,000', () => {
    const figures = countToday(held(5_000, DAY + 60_000), DAY, 5_000);
    expect(figures).toMatchObject({ events: 5_000, atLeast: true });
    expect(figure(figures.events, figures.atLeast, 'en')).toBe('5,000+');
    expect(figure(figures.alerts, figures.atLeast, 'en')).toBe('1,000+');
  });

  it('[INT-5] the figures are whole when the store holds fewer than its capacity, or its oldest event came before today', () => {
    const partial = countToday(held(1_200, DAY + 60_000), DAY, 5_000);
    expect(partial).toMatchObject({ events: 1_200, atLeast: false });
    expect(figure(partial.events, partial.atLeast, 'en')).toBe('1,200');
    // [I18N-17] grouped the wall's language's way: French with a narrow no-break space, Spanish from five digits.
    expect(figure(12_345, true, 'fr')).toBe('12\u202f345+');
    expect(figure(12_345, false, 'es')).toBe('12.345');
    // Full, but reaching back into yesterday: whatever left the store was received, so occurred, before today.
    const whole = countToday(held(5_000, DAY - 2_000 * 60_000), DAY, 5_000);
    expect(whole).toMatchObject({ events: 3_000, atLeast: false });
  });
});
