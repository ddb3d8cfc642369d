import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import type { LiveStore } from '../live/store.ts';
import { toEventFeatures } from '../map-core/index.ts';
import { EVENT_SOURCE } from './eventLayers.ts';
import { EventSourceDiff } from './eventSourceDiff.ts';

/** How long a newly arrived event keeps its ring on the map. */
const FRESH_MS = 8_000;
/**
 * Every updateData re-indexes the whole source in the worker, so store flushes are coalesced into at most
 * four map updates a second; a quarter second is invisible on a wall display and caps the cost at any rate.
 */
const MAP_UPDATE_MS = 250;
/** Rings are taken off on one sweep a second rather than a timer per event (a replay can bring thousands). */
const SWEEP_MS = 1_000;

/**
 * Keeps the map's event source in step with the store: one setData with everything held, then small
 * updateData diffs (ids come from promoteId: 'id'), which MapLibre applies without re-parsing the whole
 * collection. Returns the unbind function.
 */
export function bindEventSource(map: MapLibreMap, store: LiveStore): () => void {
  const source = map.getSource<GeoJSONSource>(EVENT_SOURCE);
  if (!source) throw new Error(`map style lacks the ${EVENT_SOURCE} source`);

  void source.setData({ type: 'FeatureCollection', features: toEventFeatures(store.getSnapshot().events) });

  const diff = new EventSourceDiff(FRESH_MS);
  let flushTimer: ReturnType<typeof setTimeout> | null = null;

  const flush = (): void => {
    flushTimer = null;
    const update = diff.take();
    if (update) void source.updateData(update);
  };
  const schedule = (): void => {
    if (diff.hasPending()) flushTimer ??= setTimeout(flush, MAP_UPDATE_MS);
  };

  const unsubscribe = store.subscribeDeltas((delta) => {
    diff.apply(delta, store.getSnapshot().arrivals, Date.now());
    schedule();
  });
  const sweep = setInterval(() => {
    diff.expire(Date.now());
    schedule();
  }, SWEEP_MS);

  return () => {
    unsubscribe();
    clearInterval(sweep);
    if (flushTimer !== null) clearTimeout(flushTimer);
  };
}
