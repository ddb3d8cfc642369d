import type { Map as MapLibreMap } from 'maplibre-gl';

interface TidewatchDebug {
  map?: MapLibreMap;
}

/**
 * `window.tidewatch.map` in the browser console lets an operator or a browser test ask the live map what
 * it shows (e.g. `querySourceFeatures('events')`); read-only by convention, and nothing else hangs on it.
 */
export function exposeMap(map: MapLibreMap | undefined): void {
  const host = window as unknown as { tidewatch?: TidewatchDebug };
  host.tidewatch = { ...host.tidewatch, map };
}
