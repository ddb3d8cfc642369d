import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap, MapMouseEvent, Marker } from 'maplibre-gl';
import type { Position } from '@tidewatch/contracts';
import { wrapLongitude } from '@tidewatch/domain';
import { liveStore } from '../live/store.ts';
import { exposeDebug, exposeMap } from './debugHandle.ts';
import {
  createMap,
  maplibregl,
  prefersReducedMotion,
  rightInset,
  type BoundOverlay,
  type CoreMap,
} from '../map-core/index.ts';
import { useT } from '../i18n/index.ts';
import { MapEventList } from './MapEventList.tsx';
import { translations } from './translations.ts';
import { EVENT_LAYER, eventStyleOverlay, SELECTED_LAYER } from './eventLayers.ts';
import { bindEventSource } from './bindEvents.ts';
import { bindEventInteraction } from './bindInteraction.ts';
import { VesselLayer, vesselStore } from '../vessels/index.ts';
import { FEATURE_OVERLAYS } from './overlays.ts';
import { MapTools } from './MapTools.tsx';
import type { RangeTool } from './rangeTool.ts';
import './map.css';
import { SURFACE } from '@tidewatch/contracts/theme-tokens';

/** The Caribbean basin from Florida to the Guianas on a 1080p wall. */
const HOME = { center: [-75, 18] as [number, number], zoom: 4.5 };

export interface FlyRequest {
  lon: number;
  lat: number;
  /** Changes on every request so choosing the same event twice flies again. */
  nonce: number;
  /** Zoom to fly to; by default at least 6.5 (never zooms out). */
  zoom?: number;
  /** Fly without the detail-panel offset (the wall rotating between views). */
  centred?: boolean;
}

interface Props {
  selectedId: string | null;
  flyTo: FlyRequest | null;
  onSelect: (id: string) => void;
  /** When set, a click anywhere on the map picks that position (the new-event form) instead of selecting. */
  onMapClick?: ((position: Position) => void) | null;
  /** A position to mark (the new event being composed). */
  marker?: Position | null;
  selectedVessel?: number | null;
  /** The selected vessel's track, [lon, lat] oldest first. */
  vesselTrail?: readonly [number, number][] | null;
  onSelectVessel?: (mmsi: number) => void;
  /** Multiplier for symbol sizes (the wall display draws bigger at 4K). */
  scale?: number;
  /** Only events at or above this severity are drawn (the wall shows alerts, not every report). */
  minSeverity?: number;
  /** Where the map starts. */
  home?: { center: [number, number]; zoom: number };
  /** Accessible name of the map region (default: "Event map" in the user's language). */
  label?: string;
  /** Told the view once the map loads and after every move: what "in view" means for exports. */
  onViewChange?: (bbox: ViewBbox) => void;
  /** The analyst's tools (range and bearing, cursor position): the dashboard has them, the wall does not. */
  workbench?: boolean;
}

/** [minLon, minLat, maxLon, maxLat] within -180..180 and -90..90. */
export type ViewBbox = readonly [number, number, number, number];

export function EventMap({
  selectedId,
  flyTo,
  onSelect,
  onMapClick = null,
  marker = null,
  selectedVessel = null,
  vesselTrail = null,
  onSelectVessel,
  scale = 1,
  minSeverity = 1,
  home = HOME,
  label,
  onViewChange,
  workbench = false,
}: Props) {
  const t = useT(translations);
  const containerRef = useRef<HTMLElement>(null);
  // The view, for the keyboard list of what is in it.
  const [view, setView] = useState<ViewBbox | null>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  // The loaded map for the tools; while the range tool is on, a click measures and selects nothing.
  const [loaded, setLoaded] = useState<Pick<CoreMap, 'map' | 'stack'> | null>(null);
  const rangeToolRef = useRef<RangeTool | null>(null);
  // The map is created once; its click handler reads the latest callback through this ref.
  const onSelectRef = useRef(onSelect);
  const onMapClickRef = useRef(onMapClick);
  const onSelectVesselRef = useRef(onSelectVessel);
  const onViewChangeRef = useRef(onViewChange);
  useLayoutEffect(() => {
    onViewChangeRef.current = onViewChange;
    onSelectRef.current = onSelect;
    onMapClickRef.current = onMapClick;
    onSelectVesselRef.current = onSelectVessel;
  });
  const vesselLayerRef = useRef<VesselLayer | null>(null);
  // The map is created once; its first frame reads these (later changes go through the effects below).
  const initial = useRef({ scale, minSeverity, home });
  const markerRef = useRef<Marker | null>(null);
  const selectedVesselRef = useRef(selectedVessel);
  const trailRef = useRef(vesselTrail);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { scale: initialScale, minSeverity: initialMinSeverity, home: initialHome } = initial.current;
    const core = createMap({
      container,
      styleOverlay: eventStyleOverlay(initialScale, initialMinSeverity),
      home: initialHome,
    });
    const { map, stack } = core;
    mapRef.current = map;
    exposeMap(map);

    const unbinds: (() => void)[] = [];
    const measuring = (): boolean => rangeToolRef.current?.active === true;

    map.on('load', () => {
      const context = { map, stack, scale: initialScale };
      const bound: BoundOverlay[] = FEATURE_OVERLAYS.map((overlay) => overlay.bind(context));
      unbinds.push(() => {
        for (const overlay of bound) overlay.unbind();
      });
      unbinds.push(bindEventSource(map, liveStore));
      unbinds.push(
        bindEventInteraction(
          map,
          (id) => liveStore.getSnapshot().byId.get(id),
          (id) => {
            if (!measuring()) onSelectRef.current(id);
          },
        ),
      );
      const vessels = new VesselLayer(context, vesselStore, {
        onSelect: (mmsi) => {
          if (!measuring()) onSelectVesselRef.current?.(mmsi);
        },
        yieldToLayers: [EVENT_LAYER],
      });
      vesselLayerRef.current = vessels;
      vessels.setSelected(selectedVesselRef.current);
      vessels.setTrail(trailRef.current);
      exposeDebug({
        applyVesselBatch: (batch) => {
          const t0 = performance.now();
          vesselStore.apply(batch);
          const t1 = performance.now();
          const report = vessels.flush();
          const t2 = performance.now();
          return {
            applyMs: t1 - t0,
            flushMs: t2 - t1,
            mode: report.mode,
            features: report.features,
            held: vesselStore.entries.size,
          };
        },
        vesselRenderStats: () => vessels.renderStats,
      });
      unbinds.push(() => {
        vessels.remove();
        vesselLayerRef.current = null;
        exposeDebug({ applyVesselBatch: undefined, vesselRenderStats: undefined });
      });
      const onClick = (e: MapMouseEvent): void => {
        const pick = onMapClickRef.current;
        if (pick) pick({ lat: round5(e.lngLat.lat), lon: round5(wrapLongitude(e.lngLat.lng)) });
      };
      map.on('click', onClick);
      unbinds.push(() => map.off('click', onClick));
      const tellView = (): void => {
        const bbox = viewBbox(map);
        setView(bbox);
        onViewChangeRef.current?.(bbox);
      };
      tellView();
      map.on('moveend', tellView);
      unbinds.push(() => map.off('moveend', tellView));
      setLoaded({ map, stack });
      unbinds.push(() => setLoaded(null));
    });

    return () => {
      for (const unbind of unbinds) unbind();
      exposeMap(undefined);
      core.dispose();
      mapRef.current = null;
    };
  }, []);

  // Crosshair while picking a position, so the operator sees the next click will place the event.
  useEffect(() => {
    const canvas = mapRef.current?.getCanvasContainer();
    if (canvas) canvas.classList.toggle('event-map--picking', onMapClick !== null);
  }, [onMapClick]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (!marker) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    markerRef.current ??= new maplibregl.Marker({ color: SURFACE.accent })
      .setLngLat([marker.lon, marker.lat])
      .addTo(map);
    markerRef.current.setLngLat([marker.lon, marker.lat]);
  }, [marker]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = (): void => {
      map.setFilter(SELECTED_LAYER, ['==', ['get', 'id'], selectedId ?? '']);
    };
    // The selection layer is part of the style: once the style has it, filter now. isStyleLoaded() is false
    // again while tiles load (a fly-to), and waiting for a 'load' that has already fired never applied it.
    if (map.getLayer(SELECTED_LAYER)) apply();
    else map.once('load', apply);
  }, [selectedId]);

  useEffect(() => {
    selectedVesselRef.current = selectedVessel;
    vesselLayerRef.current?.setSelected(selectedVessel);
  }, [selectedVessel]);

  useEffect(() => {
    trailRef.current = vesselTrail;
    vesselLayerRef.current?.setTrail(vesselTrail);
  }, [vesselTrail]);

  useEffect(() => {
    const map = mapRef.current;
    const container = containerRef.current;
    if (!map || !container || !flyTo) return;
    const target = {
      center: [flyTo.lon, flyTo.lat] as [number, number],
      zoom: flyTo.zoom ?? Math.max(map.getZoom(), 6.5),
      // Shift left by half the covered width so the event lands in the middle of the visible map.
      offset: (flyTo.centred ? [0, 0] : [-rightInset(container) / 2, 0]) as [number, number],
    };
    // A11Y-3: with reduced motion the map jumps (MapLibre's own fallback would drop the offset).
    if (prefersReducedMotion()) map.easeTo({ ...target, duration: 0 });
    else map.flyTo({ ...target, speed: 1.6, essential: true });
  }, [flyTo]);

  return (
    <>
      <MapTools core={loaded} toolRef={rangeToolRef} scale={scale} workbench={workbench} />
      <MapEventList
        view={view}
        selectedId={selectedId}
        minSeverity={minSeverity}
        onSelect={(id) => onSelectRef.current(id)}
      />
      {/* A named section is the map's region landmark. */}
      <section ref={containerRef} className="event-map" data-testid="map" aria-label={label ?? t('eventMap')} />
    </>
  );
}

/**
 * The map's view as a bbox the API takes: latitudes clamped, longitudes wrapped into -180..180; a view
 * spanning the world or crossing the antimeridian becomes the whole longitude range (the API's bbox does not
 * wrap), so an export of "what is in view" never leaves out what is shown.
 */
function viewBbox(map: MapLibreMap): ViewBbox {
  const b = map.getBounds();
  const south = Math.max(-90, b.getSouth());
  const north = Math.min(90, b.getNorth());
  const west = wrapLongitude(b.getWest());
  const east = wrapLongitude(b.getEast());
  if (b.getEast() - b.getWest() >= 360 || west > east) return [-180, south, 180, north];
  return [west, south, east, north];
}

/** 5 decimals is about 1 m: finer than any click. */
function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}
