import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { maplibregl } from './maplibre.ts';

/**
 * Reference ports and sea names as HTML markers: the offline style has no glyph server, so MapLibre cannot
 * draw text itself. Kept short so labels orient the room without competing with events.
 */
type Side = 'right' | 'left' | 'below';
const ANCHOR = { right: 'left', left: 'right', below: 'top' } as const;
const OFFSET: Record<Side, [number, number]> = { right: [-4, 0], left: [4, 0], below: [0, -4] };

/** Side of the dot the label sits on: moved off `right` where a neighbour collides at the home zoom. */
const PORTS: readonly [name: string, lon: number, lat: number, side?: Side][] = [
  ['Miami', -80.19, 25.77],
  ['Havana', -82.37, 23.13],
  ['Nassau', -77.34, 25.06],
  ['Kingston', -76.79, 17.97],
  ['Port-au-Prince', -72.34, 18.54, 'left'],
  ['Santo Domingo', -69.93, 18.47, 'below'],
  ['San Juan', -66.11, 18.47],
  ['Bridgetown', -59.62, 13.1],
  ['Port of Spain', -61.51, 10.66],
  ['Caracas', -66.9, 10.5],
  ['Willemstad', -68.93, 12.11],
  ['Cartagena', -75.51, 10.39],
  ['Colón', -79.9, 9.36],
  ['Belize City', -88.2, 17.5],
  ['Cancún', -86.85, 21.16],
];

const SEAS: readonly [name: string, lon: number, lat: number][] = [
  ['Caribbean Sea', -75.5, 14.6],
  ['Gulf of Mexico', -90.5, 25.2],
  ['Atlantic Ocean', -64, 25.5],
];

export function addPlaceLabels(map: MapLibreMap): Marker[] {
  const markers: Marker[] = [];
  for (const [name, lon, lat, side = 'right'] of PORTS) {
    const el = document.createElement('div');
    el.className = `map-place map-place--${side}`;
    el.setAttribute('aria-hidden', 'true');
    const dot = document.createElement('span');
    dot.className = 'map-place__dot';
    const label = document.createElement('span');
    label.textContent = name;
    el.append(dot, label);
    // Anchored at the dot's edge of the element so the dot, not the box centre, sits on the port.
    markers.push(
      new maplibregl.Marker({ element: el, anchor: ANCHOR[side], offset: OFFSET[side] })
        .setLngLat([lon, lat])
        .addTo(map),
    );
  }
  for (const [name, lon, lat] of SEAS) {
    const el = document.createElement('div');
    el.className = 'map-sea';
    el.setAttribute('aria-hidden', 'true');
    el.textContent = name;
    markers.push(new maplibregl.Marker({ element: el }).setLngLat([lon, lat]).addTo(map));
  }
  return markers;
}
