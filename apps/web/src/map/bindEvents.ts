import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import type { EventDelta, LiveStore } from '../live/store.ts';
import { EVENT_SOURCE } from './style.ts';
import { toEventFeature, toEventFeatures, type EventFeature } from './eventFeatures.ts';

/** How long a newly arrived event keeps its ring on the map. */
const FRESH_MS = 8_000;
/**
 * Every updateData re-indexes the whole source in the worker, so store flushes are coalesced into at most
 * four map updates a second; a quarter second is invisible on a wall display and caps the cost at any rate.
 */
const MAP_UPDATE_MS = 250;

/**
 * Keeps the map's event source in step with the store: one setData with everything held, then small
 * updateData diffs (ids come from promoteId: 'id'), which MapLibre applies without re-parsing the whole
 * collection. Returns the unbind function.
 */
export function bindEventSource(map: MapLibreMap, store: LiveStore): () => void {
  const source = map.getSource<GeoJSONSource>(EVENT_SOURCE);
  if (!source) throw new Error(`map style lacks the ${EVENT_SOURCE} source`);

  void source.setData({ type: 'FeatureCollection', features: toEventFeatures(store.getSnapshot().events) });

  // Pending diff, folded so that an id is either added (latest version) or removed, never both.
  const pendingAdd = new Map<string, EventFeature>();
  const pendingRemove = new Set<string>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const freshUntil = new Map<string, number>();
  const pendingFresh = new Set<string>();

  const flush = (): void => {
    flushTimer = null;
    if (pendingAdd.size === 0 && pendingRemove.size === 0) return;
    void source.updateData({ add: [...pendingAdd.values()], remove: [...pendingRemove] });
    // Feature state repaints the map too, so it goes out with the data, not once per store flush.
    for (const id of pendingFresh) map.setFeatureState({ source: EVENT_SOURCE, id }, { fresh: true });
    pendingAdd.clear();
    pendingRemove.clear();
    pendingFresh.clear();
  };

  const remove = (id: string): void => {
    pendingAdd.delete(id);
    pendingRemove.add(id);
    pendingFresh.delete(id);
    freshUntil.delete(id);
  };

  const onDelta = (delta: EventDelta): void => {
    const arrivals = store.getSnapshot().arrivals;
    const now = Date.now();
    for (const id of delta.removedIds) remove(id);
    for (const event of delta.added) {
      const feature = toEventFeature(event);
      if (!feature) {
        remove(event.id); // a revision may have lost its position
        continue;
      }
      pendingRemove.delete(event.id);
      pendingAdd.set(event.id, feature);
      const arrivedAt = arrivals.get(event.id);
      if (arrivedAt !== undefined && now - arrivedAt < FRESH_MS) {
        freshUntil.set(event.id, arrivedAt + FRESH_MS);
        pendingFresh.add(event.id);
      }
    }
    flushTimer ??= setTimeout(flush, MAP_UPDATE_MS);
  };
  const unsubscribe = store.subscribeDeltas(onDelta);

  // One sweep a second rather than a timer per event: a replay after an outage can bring thousands.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [id, until] of freshUntil) {
      if (until > now) continue;
      freshUntil.delete(id);
      map.removeFeatureState({ source: EVENT_SOURCE, id }, 'fresh');
    }
  }, 1000);

  return () => {
    unsubscribe();
    clearInterval(sweep);
    if (flushTimer !== null) clearTimeout(flushTimer);
  };
}
