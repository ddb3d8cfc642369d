import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { localeStore, translate } from '../i18n/index.ts';
import { maplibregl } from './maplibre.ts';
import { translations } from './translations.ts';

type PlaceKey = keyof typeof translations.messages.en & string;

/**
 * Reference ports and sea names as HTML markers: the offline style has no glyph server, so MapLibre cannot
 * draw text itself. Kept short so labels orient the room without competing with events.
 */
type Side = 'right' | 'left' | 'below';
const ANCHOR = { right: 'left', left: 'right', below: 'top' } as const;
const OFFSET: Record<Side, [number, number]> = { right: [-4, 0], left: [4, 0], below: [0, -4] };

/** A port's own name, or the catalog key of a name that languages write differently. */
type PlaceName = string | { key: PlaceKey };
const say = (name: PlaceName): string => (typeof name === 'string' ? name : translate(translations, name.key));

/** Side of the dot the label sits on: moved off `right` where a neighbour collides at the home zoom. */
const PORTS: readonly [name: PlaceName, lon: number, lat: number, side?: Side][] = [
  ['Miami', -80.19, 25.77],
  [{ key: 'port_havana' }, -82.37, 23.13],
  ['Nassau', -77.34, 25.06],
  ['Kingston', -76.79, 17.97],
  [{ key: 'port_port_au_prince' }, -72.34, 18.54, 'left'],
  [{ key: 'port_santo_domingo' }, -69.93, 18.47, 'below'],
  ['San Juan', -66.11, 18.47],
  ['Bridgetown', -59.62, 13.1],
  [{ key: 'port_port_of_spain' }, -61.51, 10.66],
  ['Caracas', -66.9, 10.5],
  ['Willemstad', -68.93, 12.11],
  [{ key: 'port_cartagena' }, -75.51, 10.39],
  ['Colón', -79.9, 9.36],
  [{ key: 'port_belize_city' }, -88.2, 17.5],
  ['Cancún', -86.85, 21.16],
];

const SEAS: readonly [name: PlaceName, lon: number, lat: number][] = [
  [{ key: 'sea_caribbean' }, -75.5, 14.6],
  [{ key: 'sea_gulf_of_mexico' }, -90.5, 25.2],
  [{ key: 'sea_atlantic' }, -64, 25.5],
];

/** The labels on `map`, in the tab's language and following it when it changes; `remove` takes them away. */
export function addPlaceLabels(map: MapLibreMap): { remove(): void } {
  const markers: Marker[] = [];
  const named: [HTMLElement, PlaceName][] = [];
  for (const [name, lon, lat, side = 'right'] of PORTS) {
    const el = document.createElement('div');
    el.className = `map-place map-place--${side}`;
    el.setAttribute('aria-hidden', 'true');
    const dot = document.createElement('span');
    dot.className = 'map-place__dot';
    const label = document.createElement('span');
    named.push([label, name]);
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
    named.push([el, name]);
    markers.push(new maplibregl.Marker({ element: el }).setLngLat([lon, lat]).addTo(map));
  }
  const word = (): void => {
    for (const [el, name] of named) el.textContent = say(name);
  };
  word();
  const unsubscribe = localeStore.subscribe(word);
  return {
    remove() {
      unsubscribe();
      for (const marker of markers) marker.remove();
    },
  };
}
