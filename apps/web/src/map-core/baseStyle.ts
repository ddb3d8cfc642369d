import { BASEMAP } from '@tidewatch/contracts/theme-tokens';
import { graticule } from './graticule.ts';
import type { LayerSpecification, StyleSpecification } from './maplibre.ts';

export const EMPTY_COLLECTION = { type: 'FeatureCollection' as const, features: [] };

const basemapLayers: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': BASEMAP.water } },
  { id: 'graticule', type: 'line', source: 'graticule', paint: { 'line-color': BASEMAP.grid, 'line-width': 1 } },
  { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': BASEMAP.land, 'fill-antialias': true } },
  {
    id: 'borders',
    type: 'line',
    source: 'borders',
    paint: { 'line-color': BASEMAP.border, 'line-width': 0.8, 'line-dasharray': [3, 2], 'line-opacity': 0.8 },
  },
  {
    id: 'coastline',
    type: 'line',
    source: 'coastline',
    paint: { 'line-color': BASEMAP.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4] },
  },
];

/** Layers and sources that come with the style itself, on top of the basemap (the map's own events). */
export interface StyleOverlay {
  sources: StyleSpecification['sources'];
  layers: LayerSpecification[];
}

/**
 * A complete offline style: no tile source, no glyphs, no sprite. Basemap data is filled in after load
 * (createMap.ts); `overlay` adds what must exist from the first frame.
 */
export function offlineStyle(overlay: StyleOverlay): StyleSpecification {
  return {
    version: 8,
    sources: {
      graticule: { type: 'geojson', data: graticule() },
      land: { type: 'geojson', data: EMPTY_COLLECTION },
      coastline: { type: 'geojson', data: EMPTY_COLLECTION },
      borders: { type: 'geojson', data: EMPTY_COLLECTION },
      ...overlay.sources,
    },
    layers: [...basemapLayers, ...overlay.layers],
  };
}
