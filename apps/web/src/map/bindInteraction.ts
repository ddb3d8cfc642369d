import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { IntelEvent } from '@tidewatch/contracts';
import { kindColor, kindLabel } from '../theme/kinds.ts';
import { translate } from '../i18n/index.ts';
import { translations as vocabulary } from '../theme/vocabulary.translations.ts';
import { translations } from './translations.ts';
import { maplibregl } from '../map-core/index.ts';
import { EVENT_LAYER } from './eventLayers.ts';

/** Hit slop in px: small severity-1 circles are still easy to click on a touch wall or with a trackball. */
const SLOP = 6;

function eventIdAt(map: MapLibreMap, e: MapMouseEvent): string | null {
  const { x, y } = e.point;
  const box: [PointLike, PointLike] = [
    [x - SLOP, y - SLOP],
    [x + SLOP, y + SLOP],
  ];
  // Topmost first, and the layer sorts by severity, so the most severe contact under the cursor wins.
  const [hit] = map.queryRenderedFeatures(box, { layers: [EVENT_LAYER] });
  return typeof hit?.id === 'string' ? hit.id : null;
}

function popupContent(event: IntelEvent): HTMLElement {
  // DOM nodes with textContent, never innerHTML: titles come from other agencies' reports.
  const root = document.createElement('div');
  root.className = 'map-popup';
  const kind = document.createElement('div');
  kind.className = 'map-popup__kind';
  kind.style.setProperty('--kind-color', kindColor(event.kind));
  kind.textContent = translate(translations, 'popupKind', {
    kind: kindLabel(event.kind),
    severity: translate(vocabulary, 'severityShort', { severity: event.severity }),
  });
  const title = document.createElement('div');
  title.className = 'map-popup__title';
  title.textContent = event.title;
  root.append(kind, title);
  if (event.place) {
    const place = document.createElement('div');
    place.className = 'map-popup__place';
    place.textContent = event.place;
    root.append(place);
  }
  return root;
}

/** Click selects an event; hover shows its title. Returns the unbind function. */
export function bindEventInteraction(
  map: MapLibreMap,
  lookup: (id: string) => IntelEvent | undefined,
  onSelect: (id: string) => void,
): () => void {
  const popup = new maplibregl.Popup({
    closeButton: false,
    closeOnClick: false,
    offset: 14,
    className: 'tw-popup',
    maxWidth: '22rem',
  });
  let hoveredId: string | null = null;

  const onMove = (e: MapMouseEvent): void => {
    const id = eventIdAt(map, e);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (id === hoveredId) return;
    hoveredId = id;
    const event = id ? lookup(id) : undefined;
    if (!event?.position) {
      popup.remove();
      return;
    }
    popup.setLngLat([event.position.lon, event.position.lat]).setDOMContent(popupContent(event)).addTo(map);
  };
  const onLeave = (): void => {
    hoveredId = null;
    popup.remove();
    map.getCanvas().style.cursor = '';
  };
  const onClick = (e: MapMouseEvent): void => {
    const id = eventIdAt(map, e);
    if (id) onSelect(id);
  };

  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    popup.remove();
  };
}
