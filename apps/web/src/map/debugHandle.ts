import type { Map as MapLibreMap } from 'maplibre-gl';
import type { VesselBatch } from '@tidewatch/contracts';
import type { VesselGlStats } from '../vessels/index.ts';

export interface VesselBatchTiming {
  /** Decoding the rows into the vessel store (ms). */
  applyMs: number;
  /** Asking the map for a redraw (ms); the upload and draw happen in the next frame (see vesselRenderStats). */
  flushMs: number;
  mode: 'gl' | 'none';
  features: number;
  held: number;
}

interface TidewatchDebug {
  map?: MapLibreMap;
  /** Test hook (bench/web/vessel-batch.bench.ts): applies one batch to the vessel layer at once and times it. */
  applyVesselBatch?: (batch: VesselBatch) => VesselBatchTiming;
  /** Test hook: the WebGL vessel layer's upload and render-call timings. */
  vesselRenderStats?: () => VesselGlStats;
}

function host(): { tidewatch?: TidewatchDebug } {
  return window as unknown as { tidewatch?: TidewatchDebug };
}

/**
 * `window.tidewatch.map` in the browser console lets an operator or a browser test ask the live map what
 * it shows (e.g. `querySourceFeatures('events')`); read-only by convention, and nothing else hangs on it.
 */
export function exposeMap(map: MapLibreMap | undefined): void {
  const h = host();
  h.tidewatch = { ...h.tidewatch, map };
}

export function exposeDebug(extra: Omit<TidewatchDebug, 'map'>): void {
  const h = host();
  h.tidewatch = { ...h.tidewatch, ...extra };
}
