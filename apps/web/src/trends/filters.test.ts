import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { customRange, dateIn, describeRange, presetRange } from './filters.ts';

// 03:00 UTC on 20 Nov is still the evening of 19 Nov in Jamaica (UTC-5) and already midday in Tokyo (UTC+9).
const NOW = new Date('2026-11-20T03:00:00Z');

describe("trend ranges are whole days in the zone asked, not the browser's", () => {
  it('the last 7 days end at the next midnight of that zone', () => {
    expect(presetRange(7, 'America/Jamaica', NOW)).toEqual({
      from: '2026-11-13T05:00:00.000Z',
      to: '2026-11-20T05:00:00.000Z',
    });
    expect(presetRange(7, 'Asia/Tokyo', NOW)).toEqual({
      from: '2026-11-13T15:00:00.000Z',
      to: '2026-11-20T15:00:00.000Z',
    });
  });

  it('a custom range includes both dates and refuses an end before its start', () => {
    expect(customRange('2026-11-01', '2026-11-30', 'America/Jamaica')).toEqual({
      from: '2026-11-01T05:00:00.000Z',
      to: '2026-12-01T05:00:00.000Z',
    });
    expect(customRange('2026-11-30', '2026-11-01', 'America/Jamaica')).toBeNull();
    expect(customRange('2026-02-30', '2026-03-01', 'UTC')).toBeNull();
  });

  it('dates and labels read in the same zone', () => {
    expect(dateIn(NOW.toISOString(), 'America/Jamaica')).toBe('2026-11-19');
    expect(dateIn(NOW.toISOString(), 'Asia/Tokyo')).toBe('2026-11-20');
    const month = presetRange(30, 'America/Jamaica', NOW);
    // In the reader's language; ICU puts thin spaces around the range's dash, compared here as plain spaces.
    const described = (locale: string) =>
      describeRange(month.from, month.to, 'America/Jamaica', createIntl({ locale, messages: {} })).replace(/\s/gu, ' ');
    expect(described('en')).toBe('Oct 21 – Nov 19, 2026');
    expect(described('es')).toBe('21 oct – 19 nov 2026');
    expect(described('fr')).toBe('21 oct. – 19 nov. 2026');
  });
});
