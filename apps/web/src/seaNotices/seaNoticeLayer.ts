import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { maplibregl, type MapOverlay, type OverlayContext } from '../map-core/index.ts';
import { SURFACE } from '@tidewatch/contracts/theme-tokens';
import { seaNoticeFeatures } from './seaNoticeFeatures.ts';
import { areaPopup, weatherPopup } from './seaNoticePopup.ts';
import { seaNoticeStore } from './seaNoticeStore.ts';
import './seaNotices.css';

const SOURCE = 'sea-notices';
const AREA_FILL = 'sea-notices-area-fill';
const AREA_LINE = 'sea-notices-area-line';
const STATION = 'sea-notices-station';
const CLICKABLE = [AREA_FILL, AREA_LINE, STATION];

/** Area notices as hatched-looking amber areas, weather stations as pale rings with a wind shaft. */
function bindSeaNotices({ map, stack, scale }: OverlayContext): () => void {
  map.addSource(SOURCE, { type: 'geojson', data: seaNoticeFeatures(seaNoticeStore.getSnapshot(), map.getZoom()) });
  stack.add('sea-notices', {
    id: AREA_FILL,
    type: 'fill',
    source: SOURCE,
    filter: ['==', ['get', 'role'], 'area'],
    paint: { 'fill-color': SURFACE.warn, 'fill-opacity': 0.16 },
  });
  stack.add('sea-notices', {
    id: AREA_LINE,
    type: 'line',
    source: SOURCE,
    filter: ['in', ['get', 'role'], ['literal', ['area', 'area-line']]],
    paint: { 'line-color': SURFACE.warn, 'line-width': 2 * scale, 'line-dasharray': [3, 2], 'line-opacity': 0.9 },
  });
  stack.add('sea-notices', {
    id: 'sea-notices-wind',
    type: 'line',
    source: SOURCE,
    filter: ['==', ['get', 'role'], 'wind'],
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': SURFACE.pale, 'line-width': 2 * scale },
  });
  stack.add('sea-notices', {
    id: STATION,
    type: 'circle',
    source: SOURCE,
    filter: ['in', ['get', 'role'], ['literal', ['station', 'area-point']]],
    paint: {
      'circle-radius': 5 * scale,
      'circle-color': ['case', ['==', ['get', 'role'], 'station'], SURFACE.panel, SURFACE.warn],
      'circle-stroke-color': ['case', ['==', ['get', 'role'], 'station'], SURFACE.pale, SURFACE.outline],
      'circle-stroke-width': 2 * scale,
    },
  });

  // Closed by its button or a click elsewhere (handled below): the popup's own close-on-click would also
  // close it right after a click that opens it on another feature.
  const popup = new maplibregl.Popup({
    closeButton: true,
    closeOnClick: false,
    offset: 10,
    className: 'tw-popup',
    maxWidth: '22rem',
  });
  const render = (): void => {
    map.getSource<GeoJSONSource>(SOURCE)?.setData(seaNoticeFeatures(seaNoticeStore.getSnapshot(), map.getZoom()));
  };
  const unsubscribe = seaNoticeStore.subscribe(render);

  const hit = (e: MapMouseEvent): MapGeoJSONFeature | undefined =>
    map.queryRenderedFeatures(e.point, { layers: CLICKABLE.filter((id) => map.getLayer(id)) })[0];
  const onMove = (e: MapMouseEvent): void => {
    if (hit(e)) map.getCanvas().style.cursor = 'pointer';
  };
  const onClick = (e: MapMouseEvent): void => {
    const feature = hit(e);
    const notices = seaNoticeStore.getSnapshot();
    if (!feature || !notices) {
      popup.remove();
      return;
    }
    const id = String(feature.properties.id);
    const area = notices.areas.find((a) => a.id === id);
    const station = notices.weather.find((w) => String(w.stationMmsi) === id);
    const content = area ? areaPopup(area) : station ? weatherPopup(station, Date.now()) : null;
    if (content) popup.setLngLat(e.lngLat).setDOMContent(content).addTo(map);
  };
  map.on('mousemove', onMove);
  map.on('click', onClick);
  map.on('zoomend', render);
  return () => {
    map.off('mousemove', onMove);
    map.off('click', onClick);
    map.off('zoomend', render);
    popup.remove();
    unsubscribe();
    stack.remove('sea-notices', [SOURCE]);
  };
}

/** AIS area notices and weather at sea: context under the vessels (overlayOrder.ts). */
export const seaNoticesOverlay: MapOverlay = {
  id: 'sea-notices',
  bind: (context) => ({ unbind: bindSeaNotices(context) }),
};
