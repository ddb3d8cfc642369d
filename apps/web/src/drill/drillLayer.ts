import type { GeoJSONSource } from 'maplibre-gl';
import type { IntelEvent } from '@tidewatch/contracts';
import { fitToPoints, toEventFeatures, type MapOverlay, type OverlayContext } from '../map-core/index.ts';
import { drillStore } from '../trends/index.ts';
import { MAP_MARKS, SURFACE } from '@tidewatch/contracts/theme-tokens';

export const DRILL_SOURCE = 'drill-down';
/** Gold, the banner's colour: apart from the green of new arrivals and the blue of the selection. */
const DRILL_COLOR = MAP_MARKS.drillDown;

/**
 * The trend drill-down set on the map: each seizure drawn (older ones may no longer be in the live picture)
 * inside a gold ring, and the map fitted to the set when it is chosen. Returns the unbind function.
 */
function bindDrillDown({ map, stack }: OverlayContext): () => void {
  map.addSource(DRILL_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' });
  stack.add('drill-down', {
    id: 'drill-down-glow',
    type: 'circle',
    source: DRILL_SOURCE,
    paint: { 'circle-color': DRILL_COLOR, 'circle-opacity': 0.16, 'circle-radius': 17, 'circle-blur': 0.4 },
  });
  stack.add('drill-down', {
    id: 'drill-down-dot',
    type: 'circle',
    source: DRILL_SOURCE,
    paint: {
      'circle-color': ['get', 'color'],
      'circle-radius': 5.5,
      'circle-stroke-color': SURFACE.outline,
      'circle-stroke-width': 1.2,
    },
  });
  stack.add('drill-down', {
    id: 'drill-down-ring',
    type: 'circle',
    source: DRILL_SOURCE,
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': 11,
      'circle-stroke-color': DRILL_COLOR,
      'circle-stroke-width': 3,
    },
  });

  // A map created while a set is shown draws it, but does not move: the operator may have panned since.
  let lastFit = drillStore.getSnapshot().fitNonce;
  let lastItems: readonly IntelEvent[] | null = null;
  const render = (): void => {
    const s = drillStore.getSnapshot();
    if (s.items !== lastItems) {
      lastItems = s.items;
      void map
        .getSource<GeoJSONSource>(DRILL_SOURCE)
        ?.setData({ type: 'FeatureCollection', features: toEventFeatures(s.items) });
    }
    if (s.fitNonce === lastFit) return;
    lastFit = s.fitNonce;
    const points = s.items.flatMap((e) => (e.position ? [[e.position.lon, e.position.lat] as const] : []));
    fitToPoints(map, points, 9);
  };
  render();
  const unsubscribe = drillStore.subscribe(render);
  return () => {
    unsubscribe();
    stack.remove('drill-down', [DRILL_SOURCE]);
  };
}

/** The trend drill-down set, right above the events it rings (map-core's overlayOrder.ts). */
export const drillDownOverlay: MapOverlay = {
  id: 'drill-down',
  bind: (context) => ({ unbind: bindDrillDown(context) }),
};
