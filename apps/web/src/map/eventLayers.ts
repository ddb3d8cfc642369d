import { EMPTY_COLLECTION, type LayerSpecification, type StyleOverlay } from '../map-core/index.ts';
import { FRESH_PROPERTY } from './eventSourceDiff.ts';
import { MAP_MARKS, SURFACE } from '@tidewatch/contracts/theme-tokens';

export const EVENT_SOURCE = 'events';
export const EVENT_LAYER = 'events-circle';
export const SELECTED_LAYER = 'events-selected';

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

/** The events source and layers, part of the style from the first frame (the map's reason to exist). */
export function eventStyleOverlay(scale = 1, minSeverity = 1): StyleOverlay {
  return {
    sources: { [EVENT_SOURCE]: { type: 'geojson', data: EMPTY_COLLECTION, promoteId: 'id' } },
    layers: layers(scale, minSeverity),
  };
}
