import type { Map as MapLibreMap } from 'maplibre-gl';

/** Takes an overlay off the map: its layers topmost first (a source in use cannot go), then its source. */
export function removeOverlay(map: MapLibreMap, layers: readonly string[], source: string): void {
  for (const id of [...layers].reverse()) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(source)) map.removeSource(source);
}
