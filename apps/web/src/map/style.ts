import { graticule } from './graticule.ts';
import type { LayerSpecification, StyleSpecification } from './maplibre.ts';
import { FRESH_PROPERTY } from './eventSourceDiff.ts';
import { BASEMAP, MAP_MARKS, SURFACE } from '@tidewatch/contracts/theme-tokens';

export const EVENT_SOURCE = 'events';
export const EVENT_LAYER = 'events-circle';
export const SELECTED_LAYER = 'events-selected';

const empty = { type: 'FeatureCollection' as const, features: [] };

type CirclePaint = NonNullable<Extract<LayerSpecification, { type: 'circle' }>['paint']>;
type Expression = Extract<CirclePaint['circle-radius'], unknown[]>;

// Each feature carries its kind colour (theme/kinds.ts decides it once, for map, legend and feed alike).
const kindColor: Expression = ['get', 'color'];

/**
 * Radius grows with severity and zoom: severity 5 is unmistakable at wall distance, severity 1 still
 * clickable. `scale` enlarges everything for a 4K wall.
 */
function severityRadius(extra: number, scale: number): Expression {
  const sev: Expression = ['get', 'severity'];
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    3,
    ['*', scale, ['+', 2.5 + extra, ['*', 1.3, sev]]],
    6,
    ['*', scale, ['+', 4 + extra, ['*', 2, sev]]],
    10,
    ['*', scale, ['+', 6 + extra, ['*', 2.8, sev]]],
  ];
}

const layers = (scale: number, minSeverity: number): LayerSpecification[] => [
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
  {
    id: 'events-halo',
    type: 'circle',
    source: EVENT_SOURCE,
    filter: ['>=', ['get', 'severity'], Math.max(4, minSeverity)],
    layout: { 'circle-sort-key': ['get', 'severity'] },
    paint: {
      'circle-color': kindColor,
      'circle-radius': severityRadius(8, scale),
      'circle-opacity': ['case', ['==', ['get', 'severity'], 5], 0.42, 0.3],
      'circle-blur': 0.35,
      'circle-stroke-color': kindColor,
      'circle-stroke-width': 1,
      'circle-stroke-opacity': ['case', ['==', ['get', 'severity'], 5], 0.8, 0.5],
    },
  },
  {
    id: EVENT_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    filter: ['>=', ['get', 'severity'], minSeverity],
    layout: { 'circle-sort-key': ['get', 'severity'] },
    paint: {
      'circle-color': kindColor,
      'circle-radius': severityRadius(0, scale),
      'circle-opacity': 0.95,
      'circle-stroke-color': SURFACE.outline,
      'circle-stroke-width': 1.2,
    },
  },
  {
    // Newly arrived events carry the property `fresh` for a few seconds (a property, not feature state:
    // see eventSourceDiff.ts): a green ring (the feed's flash colour) draws the eye. Selection is the
    // accent blue, as in the feed, so the two never read alike.
    id: 'events-fresh',
    type: 'circle',
    source: EVENT_SOURCE,
    filter: ['all', ['>=', ['get', 'severity'], minSeverity], ['==', ['get', FRESH_PROPERTY], 1]],
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': severityRadius(5, scale),
      'circle-stroke-color': MAP_MARKS.fresh,
      'circle-stroke-width': 2.5 * scale,
      'circle-stroke-opacity': 0.95,
    },
  },
  {
    id: SELECTED_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    filter: ['==', ['get', 'id'], ''],
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': severityRadius(6, scale),
      'circle-stroke-color': MAP_MARKS.selected,
      'circle-stroke-width': 4 * scale,
    },
  },
];

/** A complete offline style: no tile source, no glyphs, no sprite. Basemap data is filled in after load. */
export function offlineStyle(scale = 1, minSeverity = 1): StyleSpecification {
  return {
    version: 8,
    sources: {
      graticule: { type: 'geojson', data: graticule() },
      land: { type: 'geojson', data: empty },
      coastline: { type: 'geojson', data: empty },
      borders: { type: 'geojson', data: empty },
      [EVENT_SOURCE]: { type: 'geojson', data: empty, promoteId: 'id' },
    },
    layers: layers(scale, minSeverity),
  };
}
