import type { Map as MapLibreMap } from 'maplibre-gl';
import { loadBasemap } from './basemap.ts';
import { offlineStyle, type StyleOverlay } from './baseStyle.ts';
import { maplibregl } from './maplibre.ts';
import { OverlayStack } from './overlayStack.ts';
import { addPlaceLabels } from './placeLabels.ts';

export interface MapSetup {
  container: HTMLElement;
  /** What the style carries from the first frame on top of the basemap. */
  styleOverlay: StyleOverlay;
  home: { center: [number, number]; zoom: number };
}

export interface CoreMap {
  map: MapLibreMap;
  stack: OverlayStack;
  /** Takes the map down: stops the basemap load, removes the labels and the map itself. */
  dispose(): void;
}

/**
 * The map every screen draws on: the offline style, the fixed north-up Caribbean controls, place labels,
 * and the basemap fetched from our own origin once the style has loaded.
 */
export function createMap({ container, styleOverlay, home }: MapSetup): CoreMap {
  const map = new maplibregl.Map({
    container,
    style: offlineStyle(styleOverlay),
    center: home.center,
    zoom: home.zoom,
    minZoom: 2,
    maxZoom: 13,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    renderWorldCopies: true,
    attributionControl: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // Top-left: the detail panel covers the right edge and the legend the bottom-left corner.
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  const stack = new OverlayStack(map);
  stack.adopt(
    'events',
    styleOverlay.layers.map((layer) => layer.id),
  );

  const abort = new AbortController();
  const placeLabels = addPlaceLabels(map);
  map.on('load', () => {
    loadBasemap(abort.signal)
      .then((basemap) => {
        map.getSource<maplibregl.GeoJSONSource>('land')?.setData(basemap.land);
        map.getSource<maplibregl.GeoJSONSource>('coastline')?.setData(basemap.coastline);
        map.getSource<maplibregl.GeoJSONSource>('borders')?.setData(basemap.borders);
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) console.error('[tidewatch] basemap failed to load', error);
      });
  });

  return {
    map,
    stack,
    dispose: () => {
      abort.abort();
      placeLabels.remove();
      map.remove();
    },
  };
}
