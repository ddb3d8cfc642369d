import type { IntelEvent } from '@tidewatch/contracts';
import type { ViewBbox } from './EventMap.tsx';

/** Longest list the keyboard list shows: beyond this a person zooms in rather than tabs through. */
export const MAP_LIST_LIMIT = 40;

/**
 * The events drawn inside the map's view, the most severe and then the newest first: what a sighted operator
 * sees on the map, as a list a keyboard or screen-reader user can walk (A11Y-2). A view crossing the
 * antimeridian arrives as the whole longitude range (viewBbox), so a plain range test is enough.
 */
export function eventsInView(
  events: readonly IntelEvent[],
  view: ViewBbox,
  minSeverity: number,
): { shown: IntelEvent[]; more: number } {
  const [west, south, east, north] = view;
  const inside = events.filter((e) => {
    const at = e.position;
    return (
      at !== null &&
      at !== undefined &&
      e.severity >= minSeverity &&
      at.lat >= south &&
      at.lat <= north &&
      at.lon >= west &&
      at.lon <= east
    );
  });
  inside.sort((a, b) => b.severity - a.severity || b.occurredAt.localeCompare(a.occurredAt));
  return { shown: inside.slice(0, MAP_LIST_LIMIT), more: Math.max(0, inside.length - MAP_LIST_LIMIT) };
}
