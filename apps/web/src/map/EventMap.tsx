import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { liveStore } from '../live/store.ts';
import { maplibregl } from './maplibre.ts';
import { offlineStyle, SELECTED_LAYER } from './style.ts';
import { loadBasemap } from './basemap.ts';
import { bindEventSource } from './bindEvents.ts';
import { bindEventInteraction } from './bindInteraction.ts';
import { addPlaceLabels } from './placeLabels.ts';
import './map.css';

/** The Caribbean basin from Florida to the Guianas on a 1080p wall. */
const HOME = { center: [-75, 18] as [number, number], zoom: 4.5 };

export interface FlyRequest {
  lon: number;
  lat: number;
  /** Changes on every request so choosing the same event twice flies again. */
  nonce: number;
}

interface Props {
  selectedId: string | null;
  flyTo: FlyRequest | null;
  onSelect: (id: string) => void;
}

/**
 * Overlays that cover part of the map (the detail panel) mark themselves with data-map-inset; a fly-to
 * centres the event in what is left visible instead of under the panel.
 */
function rightInset(container: HTMLElement): number {
  const area = container.parentElement;
  const panel = area?.querySelector<HTMLElement>('[data-map-inset="right"]');
  return panel ? panel.offsetWidth : 0;
}

export function EventMap({ selectedId, flyTo, onSelect }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  // The map is created once; its click handler reads the latest callback through this ref.
  const onSelectRef = useRef(onSelect);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = new maplibregl.Map({
      container,
      style: offlineStyle(),
      center: HOME.center,
      zoom: HOME.zoom,
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
    mapRef.current = map;

    const abort = new AbortController();
    const unbinds: (() => void)[] = [];
    const markers = addPlaceLabels(map);

    map.on('load', () => {
      unbinds.push(bindEventSource(map, liveStore));
      unbinds.push(bindEventInteraction(map, (id) => liveStore.getSnapshot().byId.get(id), (id) => onSelectRef.current(id)));
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

    return () => {
      abort.abort();
      for (const unbind of unbinds) unbind();
      for (const marker of markers) marker.remove();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = (): void => {
      map.setFilter(SELECTED_LAYER, ['==', ['get', 'id'], selectedId ?? '']);
    };
    if (map.isStyleLoaded()) apply();
    else map.once('load', apply);
  }, [selectedId]);

  useEffect(() => {
    const map = mapRef.current;
    const container = containerRef.current;
    if (!map || !container || !flyTo) return;
    map.flyTo({
      center: [flyTo.lon, flyTo.lat],
      zoom: Math.max(map.getZoom(), 6.5),
      // Shift left by half the covered width so the event lands in the middle of the visible map.
      offset: [-rightInset(container) / 2, 0],
      speed: 1.6,
      essential: true,
    });
  }, [flyTo]);

  return <div ref={containerRef} className="event-map" data-testid="map" role="region" aria-label="Event map" />;
}
