import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { watchActiveSocket } from '../live/activeSocket.ts';
import { listen } from '../live/messages.ts';
import { navigate } from '../routing/useRoute.ts';
import { arcFeatures, routeOf } from './arcs.ts';
import { cargoStore } from './cargoStore.ts';
import type { MapOverlay, OverlayContext } from '../map-core/index.ts';
import { LANE_COLORS, SURFACE } from '@tidewatch/contracts/theme-tokens';

export const CARGO_SOURCE = 'cargo-arcs';
const LAYERS = ['cargo-arcs-casing', 'cargo-arcs-line', 'cargo-ports'] as const;
const LINE_LAYER = 'cargo-arcs-line';

export const LANE_COLOR = LANE_COLORS;

function inset(map: MapLibreMap, side: 'left' | 'right'): number {
  const area = map.getContainer().parentElement;
  const panel = area?.querySelector<HTMLElement>(`[data-map-inset="${side}"]`);
  return panel ? panel.offsetWidth : 0;
}

/**
 * Consignments as origin→destination arcs coloured by selectivity lane, kept in step with the cargo store
 * and with `consignment:changed` from the server. Returns the unbind function.
 */
function bindCargoArcs({ map, stack }: OverlayContext): () => void {
  map.addSource(CARGO_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  const laneColor = [
    'match',
    ['get', 'lane'],
    'red',
    LANE_COLOR.red,
    'yellow',
    LANE_COLOR.yellow,
    LANE_COLOR.green,
  ] as unknown as string;
  stack.add('cargo-arcs', {
    id: 'cargo-arcs-casing',
    type: 'line',
    source: CARGO_SOURCE,
    filter: ['==', ['geometry-type'], 'LineString'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': SURFACE.casing,
      'line-opacity': 0.75,
      'line-width': ['case', ['==', ['get', 'selected'], 1], 7, 4],
    },
  });
  stack.add('cargo-arcs', {
    id: LINE_LAYER,
    type: 'line',
    source: CARGO_SOURCE,
    filter: ['==', ['geometry-type'], 'LineString'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': laneColor,
      'line-width': ['case', ['==', ['get', 'selected'], 1], 4, 2],
      'line-opacity': ['case', ['==', ['get', 'selected'], 1], 1, 0.7],
    },
  });
  stack.add('cargo-arcs', {
    id: 'cargo-ports',
    type: 'circle',
    source: CARGO_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 3.5,
      'circle-color': SURFACE.pale,
      'circle-stroke-color': SURFACE.casing,
      'circle-stroke-width': 1.5,
    },
  });

  let last = cargoStore.getSnapshot();
  let lastFocus = last.focusNonce;
  const render = (): void => {
    const s = cargoStore.getSnapshot();
    const source = map.getSource<GeoJSONSource>(CARGO_SOURCE);
    if (!source) return;
    if (s.consignments !== last.consignments || s.selectedId !== last.selectedId || s === last)
      source.setData(arcFeatures(s.consignments, s.selectedId));
    for (const id of LAYERS)
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', s.visible ? 'visible' : 'none');
    if (s.focusNonce !== lastFocus) {
      lastFocus = s.focusNonce;
      const c = s.consignments.find((x) => x.id === s.selectedId);
      const route = c ? routeOf(c) : [];
      if (route.length >= 2) {
        const lons = route.map((p) => p[0]);
        const lats = route.map((p) => p[1]);
        map.fitBounds(
          [
            [Math.min(...lons), Math.min(...lats)],
            [Math.max(...lons), Math.max(...lats)],
          ],
          {
            padding: { top: 60, bottom: 60, left: inset(map, 'left') + 60, right: inset(map, 'right') + 60 },
            maxZoom: 7,
            duration: 900,
          },
        );
      }
    }
    last = s;
  };
  render();
  const unsubscribe = cargoStore.subscribe(render);

  const onClick = (e: MapLayerMouseEvent): void => {
    const id = e.features?.[0]?.properties?.id;
    if (typeof id === 'string') {
      cargoStore.select(id);
      navigate('#/cargo');
    }
  };
  const onEnter = (): void => {
    map.getCanvas().style.cursor = 'pointer';
  };
  const onLeave = (): void => {
    map.getCanvas().style.cursor = '';
  };
  map.on('click', LINE_LAYER, onClick);
  map.on('mouseenter', LINE_LAYER, onEnter);
  map.on('mouseleave', LINE_LAYER, onLeave);

  let detach: (() => void) | null = null;
  const unwatch = watchActiveSocket((socket) => {
    detach?.();
    detach = null;
    if (!socket) return;
    detach = listen(socket, 'consignment:changed', (msg) => cargoStore.upsert(msg.consignment));
  });

  return () => {
    unsubscribe();
    unwatch();
    detach?.();
    map.off('click', LINE_LAYER, onClick);
    map.off('mouseenter', LINE_LAYER, onEnter);
    map.off('mouseleave', LINE_LAYER, onLeave);
    stack.remove('cargo-arcs', [CARGO_SOURCE]);
  };
}

/** Consignment arcs on the map, under the live picture (the order is map-core's overlayOrder.ts). */
export const cargoArcsOverlay: MapOverlay = {
  id: 'cargo-arcs',
  bind: (context) => ({ unbind: bindCargoArcs(context) }),
};
