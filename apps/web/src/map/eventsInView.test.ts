import { describe, expect, it } from 'vitest';
import type { IntelEvent } from '@tidewatch/contracts';
import { eventsInView, MAP_LIST_LIMIT } from './eventsInView.ts';

function event(id: string, severity: number, lat: number | null, lon = -77, occurredAt = '2026-12-07T10:00:00Z') {
  // Only the fields the list reads; the rest of an event does not bear on what is in view.
  return { id, severity, occurredAt, position: lat === null ? null : { lat, lon } } as unknown as IntelEvent;
}

describe('eventsInView [A11Y-2]', () => {
  const view = [-80, 16, -74, 20] as const;

  it('[A11Y-2] keeps what is drawn inside the view, most severe then newest first', () => {
    const events = [
      event('outside', 5, 25),
      event('unplaced', 5, null),
      event('low', 1, 18),
      event('old-high', 4, 18, -77, '2026-12-07T08:00:00Z'),
      event('new-high', 4, 18, -77, '2026-12-07T09:00:00Z'),
      event('top', 5, 17),
    ];
    expect(eventsInView(events, view, 1).shown.map((e) => e.id)).toEqual(['top', 'new-high', 'old-high', 'low']);
  });

  it('[A11Y-2] leaves out what the map does not draw below its minimum severity', () => {
    expect(eventsInView([event('low', 1, 18), event('high', 4, 18)], view, 4).shown.map((e) => e.id)).toEqual(['high']);
  });

  it('[A11Y-2] lists at most the limit and counts the rest', () => {
    const many = Array.from({ length: MAP_LIST_LIMIT + 7 }, (_, i) => event(`e${i}`, 3, 18));
    const { shown, more } = eventsInView(many, view, 1);
    expect(shown).toHaveLength(MAP_LIST_LIMIT);
    expect(more).toBe(7);
  });
});
