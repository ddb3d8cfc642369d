import type { Map as MapLibreMap } from 'maplibre-gl';
import type { VesselBatch } from '@tidewatch/contracts';

export interface VesselBatchTiming {
  /** Decoding the rows into the vessel store (ms). */
  applyMs: number;
  /** Building the map diff and handing it to MapLibre (ms; the worker does the rest off the main thread). */
  flushMs: number;
  mode: 'diff' | 'full' | 'none';
  features: number;
  held: number;
}

interface TidewatchDebug {
  map?: MapLibreMap;
  /** Test hook (bench/web/vessel-batch.bench.ts): applies one batch to the vessel layer at once and times it. */
  applyVesselBatch?: (batch: VesselBatch) => VesselBatchTiming;
  /** Test hook: 'auto' (default), or force 'diff' (updateData) / 'full' (setData) to compare them. */
  setVesselFlushMode?: (mode: 'auto' | 'diff' | 'full') => void;
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
