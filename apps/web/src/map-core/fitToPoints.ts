import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Overlays that cover part of the map (the detail panel) mark themselves with data-map-inset; fly-tos and
 * fits keep what they show in the part left visible instead of under the panel.
 */
export function rightInset(container: HTMLElement): number {
  const panel = container.parentElement?.querySelector<HTMLElement>('[data-map-inset="right"]');
  return panel ? panel.offsetWidth : 0;
}

/** Fits the map to [lon, lat] points, clear of the edges and of the panel on the right; none is a no-op. */
export function fitToPoints(map: MapLibreMap, points: readonly (readonly [number, number])[], maxZoom: number): void {
  if (points.length === 0) return;
  const lons = points.map((c) => c[0]);
  const lats = points.map((c) => c[1]);
  map.fitBounds(
    [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ],
    { padding: { top: 80, bottom: 80, left: 80, right: rightInset(map.getContainer()) + 80 }, maxZoom, duration: 900 },
  );
}
