/**
 * THE ordering manifest of the map: every overlay, bottom first. The basemap (water, graticule, land,
 * borders, coastline) is the style itself and lies under all of them. Overlays add their layers through an
 * OverlayStack, which places them by this list, so no feature names another feature's layer as a before-id.
 */
export const OVERLAY_ORDER = [
  /** Consignment arcs: context, under the live picture. */
  'cargo-arcs',
  /** AIS area notices and weather stations: the sea's context, under the vessels in it. */
  'sea-notices',
  /** Vessels draw under the events: an event is the reason people look at the map. */
  'vessels',
  /** Events (halo, circle, fresh ring, selection ring). */
  'events',
  /** Patrol units' intercept lines (the units themselves are HTML markers above the canvas). */
  'units',
  /** The trend drill-down set, right above the events it rings. */
  'drill-down',
  /** The open alert's evidence: what the operator opened, so on top. */
  'alert-evidence',
  /** The analyst's range and bearing line: drawn on purpose, over everything. */
  'measure',
] as const;

export type OverlayId = (typeof OVERLAY_ORDER)[number];

/** Overlays that sit above `overlay`, nearest first. */
export function overlaysAbove(overlay: OverlayId): readonly OverlayId[] {
  return OVERLAY_ORDER.slice(OVERLAY_ORDER.indexOf(overlay) + 1);
}
