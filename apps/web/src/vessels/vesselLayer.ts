import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent, PointLike, Popup } from 'maplibre-gl';
import { VESSEL_STREAM_VERSION, type VesselBatch, type ViewportBbox } from '@tidewatch/contracts';
import { maplibregl, type LayerSpecification } from '../map/maplibre.ts';
import { EVENT_LAYER } from '../map/style.ts';
import { watchActiveSocket } from '../live/activeSocket.ts';
import type { LiveSocket } from '../live/socket.ts';
import { ARROW_ICON, DOT_ICON, ICON_PIXEL_RATIO, vesselIcons } from './icons.ts';
import { categoryLabel, classColorExpression } from './categories.ts';
import { VesselLabels } from './vesselLabels.ts';
import type { VesselEntry, VesselStore } from './vesselStore.ts';

export const VESSEL_SOURCE = 'vessels';
export const VESSEL_LAYER = 'vessels-symbol';
export const VESSEL_OVERVIEW_LAYER = 'vessels-overview';
/** Zoom from which vessels are drawn as heading-oriented symbols (below: coloured dots). */
export const SYMBOL_MIN_ZOOM = 6;
const SELECTED_LAYER = 'vessels-selected';
const TRAIL_SOURCE = 'vessel-trail';
const TRAIL_LAYER = 'vessel-trail-line';
/** Vessels draw under the event layers: an event is the reason people look at the map. */
const BEFORE_LAYER = 'events-halo';

/**
 * At most this often the map gets a vessel update. The server sends up to four batches a second; folding
 * them into two map updates halves the worker and upload work, and a ship moves a few metres in between.
 */
const MAP_UPDATE_MS = 500;
const LABEL_UPDATE_MS = 1_000;
/** Viewport changes are re-sent once the map settles (moveend fires at the end of a fly-to, too). */
const SUBSCRIBE_DEBOUNCE_MS = 250;
/** Fraction of the held vessels past which a full setData is cheaper than a diff (see the benchmark). */
const FULL_RELOAD_FRACTION = 0.5;
const HIT_SLOP = 6;

export type FlushMode = 'auto' | 'diff' | 'full';

export interface FlushReport {
  mode: 'diff' | 'full' | 'none';
  features: number;
}

export interface VesselLayerOptions {
  /** Symbol size multiplier: the wall display at 4K draws bigger symbols. */
  scale: number;
  onSelect: (mmsi: number) => void;
}

function vesselLayers(scale: number, visible: boolean): LayerSpecification[] {
  const size = (z: number): number => Math.round(z * scale * 100) / 100;
  return [
    {
      id: TRAIL_LAYER,
      type: 'line',
      source: TRAIL_SOURCE,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#38bdf8', 'line-width': 2.2 * scale, 'line-opacity': 0.85 },
    },
    {
      // Zoomed out, a heading arrow is a few pixels wide and 20,000 of them are the most expensive thing
      // on the map (symbol placement and cross-tile indexing each update): plain circles until zoom 6.
      id: VESSEL_OVERVIEW_LAYER,
      type: 'circle',
      source: VESSEL_SOURCE,
      maxzoom: SYMBOL_MIN_ZOOM,
      layout: { visibility: visible ? 'visible' : 'none' },
      paint: {
        'circle-color': classColorExpression() as never,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 1.6 * scale, SYMBOL_MIN_ZOOM, 3 * scale],
        'circle-opacity': ['case', ['==', ['get', 's'], 1], 0.35, 0.9],
        'circle-stroke-color': 'rgba(3, 8, 14, 0.8)',
        'circle-stroke-width': 0.6 * scale,
      },
    },
    {
      id: VESSEL_LAYER,
      type: 'symbol',
      source: VESSEL_SOURCE,
      minzoom: SYMBOL_MIN_ZOOM,
      layout: {
        visibility: visible ? 'visible' : 'none',
        'icon-image': ['case', ['==', ['get', 'd'], 1], DOT_ICON, ARROW_ICON],
        'icon-rotate': ['get', 'r'],
        'icon-rotation-alignment': 'map',
        // No collision work: every vessel is drawn, and placement stays cheap with 20,000 of them.
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, size(0.5), 6, size(0.62), 9, size(0.85), 12, size(1.1)],
      },
      paint: {
        'icon-color': classColorExpression() as never,
        'icon-opacity': ['case', ['==', ['get', 's'], 1], 0.35, 0.95],
        'icon-halo-color': 'rgba(3, 8, 14, 0.9)',
        'icon-halo-width': 1.4,
      },
    },
    {
      id: SELECTED_LAYER,
      type: 'circle',
      source: VESSEL_SOURCE,
      filter: ['==', ['get', 'mmsi'], -1],
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': 13 * scale,
        'circle-stroke-color': '#38bdf8',
        'circle-stroke-width': 3 * scale,
      },
    },
  ];
}

/** [minLon, minLat, maxLon, maxLat] for the subscription: padded a little, wrapped into -180..180. */
function viewportBbox(map: MapLibreMap): ViewportBbox {
  const b = map.getBounds();
  const padLon = (b.getEast() - b.getWest()) * 0.05;
  const padLat = (b.getNorth() - b.getSouth()) * 0.05;
  const south = Math.max(-90, b.getSouth() - padLat);
  const north = Math.min(90, b.getNorth() + padLat);
  const west = b.getWest() - padLon;
  const east = b.getEast() + padLon;
  if (east - west >= 360) return [-180, south, 180, north];
  const wrap = (lon: number): number => ((((lon + 180) % 360) + 360) % 360) - 180;
  // minLon > maxLon after wrapping means the box crosses the antimeridian; the contract allows it.
  return [wrap(west), south, wrap(east), north];
}

function isBatch(raw: unknown): raw is VesselBatch {
  if (typeof raw !== 'object' || raw === null) return false;
  const b = raw as Partial<VesselBatch>;
  // Structural check only: a zod pass over 180,000 numbers would cost more than drawing them.
  return (
    b.v === VESSEL_STREAM_VERSION &&
    (b.kind === 'snapshot' || b.kind === 'update') &&
    typeof b.at === 'number' &&
    Array.isArray(b.rows) &&
    Array.isArray(b.names) &&
    Array.isArray(b.removed)
  );
}

function popupContent(entry: VesselEntry, name: string | null): HTMLElement {
  const root = document.createElement('div');
  root.className = 'map-popup';
  const kind = document.createElement('div');
  kind.className = 'map-popup__kind';
  kind.textContent = `${categoryLabel(entry.category)}${entry.status === 'stale' ? ' · stale' : ''}`;
  const title = document.createElement('div');
  title.className = 'map-popup__title';
  title.textContent = name ?? `MMSI ${entry.mmsi}`;
  const place = document.createElement('div');
  place.className = 'map-popup__place';
  const sog = entry.sog === null ? '—' : `${entry.sog.toFixed(1)} kn`;
  const course = entry.heading ?? entry.cog;
  place.textContent = `MMSI ${entry.mmsi} · ${sog}${course === null ? '' : ` · ${Math.round(course)}°`}`;
  root.append(kind, title, place);
  return root;
}

/**
 * The vessel layer on one map: the GeoJSON source (promoteId mmsi) fed with diffs from the store, the
 * viewport subscription on the live socket, names at high zoom, hover and click, the selected vessel's
 * ring and trail.
 */
export class VesselLayer {
  private readonly source: GeoJSONSource;
  private readonly labels: VesselLabels;
  private readonly popup: Popup;
  private readonly unbinds: (() => void)[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private lastFlushAt = 0;
  private labelTimer: ReturnType<typeof setTimeout> | null = null;
  private subscribeTimer: ReturnType<typeof setTimeout> | null = null;
  private socket: LiveSocket | null = null;
  private visible: boolean;
  private hovered: number | null = null;
  private moveFrame: number | null = null;
  flushMode: FlushMode = 'auto';

  constructor(
    private readonly map: MapLibreMap,
    private readonly store: VesselStore,
    private readonly options: VesselLayerOptions,
  ) {
    const icons = vesselIcons();
    if (!map.hasImage(ARROW_ICON)) map.addImage(ARROW_ICON, icons.arrow, { sdf: true, pixelRatio: ICON_PIXEL_RATIO });
    if (!map.hasImage(DOT_ICON)) map.addImage(DOT_ICON, icons.dot, { sdf: true, pixelRatio: ICON_PIXEL_RATIO });
    map.addSource(VESSEL_SOURCE, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: store.allFeatures() },
      promoteId: 'mmsi',
      // Points only: no simplification to do, and a small buffer is enough for a 24 px symbol.
      buffer: 32,
      tolerance: 0,
    });
    map.addSource(TRAIL_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    this.visible = store.isVisible();
    const before = map.getLayer(BEFORE_LAYER) ? BEFORE_LAYER : undefined;
    for (const layer of vesselLayers(options.scale, this.visible)) map.addLayer(layer, before);
    const source = map.getSource<GeoJSONSource>(VESSEL_SOURCE);
    if (!source) throw new Error('vessel source missing');
    this.source = source;
    store.takePending(); // everything held went in with the initial data
    this.labels = new VesselLabels(map, store, options.scale);
    this.popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 14, className: 'tw-popup', maxWidth: '22rem' });

    this.unbinds.push(store.onChange(() => this.scheduleFlush()));
    this.unbinds.push(store.subscribe(() => this.onStoreSummary()));
    this.unbinds.push(watchActiveSocket((socket) => this.attachSocket(socket)));

    const onMoveEnd = (): void => {
      this.scheduleSubscribe();
      this.labels.update();
    };
    map.on('moveend', onMoveEnd);
    this.unbinds.push(() => map.off('moveend', onMoveEnd));

    const onMove = (e: MapMouseEvent): void => {
      // One hit test per frame at most: mousemove can fire far more often over 20,000 symbols.
      if (this.moveFrame !== null) return;
      this.moveFrame = requestAnimationFrame(() => {
        this.moveFrame = null;
        this.onHover(e);
      });
    };
    const onLeave = (): void => {
      this.hovered = null;
      this.popup.remove();
    };
    const onClick = (e: MapMouseEvent): void => {
      const mmsi = this.vesselAt(e);
      if (mmsi !== null) options.onSelect(mmsi);
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    this.unbinds.push(() => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
    });
  }

  /** Applies what the store accumulated to the map source now. */
  flush(): FlushReport {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.lastFlushAt = performance.now();
    if (!this.store.hasPending()) return { mode: 'none', features: 0 };
    const diff = this.store.takePending();
    const changes = diff.add.size + diff.remove.size;
    const full =
      this.flushMode === 'full' ||
      diff.removeAll ||
      (this.flushMode === 'auto' && changes > FULL_RELOAD_FRACTION * Math.max(1, this.store.entries.size));
    let report: FlushReport;
    if (full) {
      const features = this.store.allFeatures();
      void this.source.setData({ type: 'FeatureCollection', features });
      report = { mode: 'full', features: features.length };
    } else {
      void this.source.updateData({ add: [...diff.add.values()], remove: [...diff.remove] });
      report = { mode: 'diff', features: changes };
    }
    this.scheduleLabels();
    return report;
  }

  setSelected(mmsi: number | null): void {
    this.map.setFilter(SELECTED_LAYER, ['==', ['get', 'mmsi'], mmsi ?? -1]);
  }

  setTrail(coordinates: readonly [number, number][] | null): void {
    const source = this.map.getSource<GeoJSONSource>(TRAIL_SOURCE);
    if (!source) return;
    void source.setData({
      type: 'FeatureCollection',
      features:
        coordinates && coordinates.length >= 2
          ? [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coordinates.map((c) => [c[0], c[1]]) } }]
          : [],
    });
  }

  remove(): void {
    for (const unbind of this.unbinds) unbind();
    this.attachSocket(null);
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    if (this.labelTimer !== null) clearTimeout(this.labelTimer);
    if (this.subscribeTimer !== null) clearTimeout(this.subscribeTimer);
    if (this.moveFrame !== null) cancelAnimationFrame(this.moveFrame);
    this.labels.remove();
    this.popup.remove();
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== null) return;
    const wait = Math.max(0, this.lastFlushAt + MAP_UPDATE_MS - performance.now());
    this.flushTimer = setTimeout(() => this.flush(), wait);
  }

  private scheduleLabels(): void {
    if (this.labelTimer !== null || this.map.getZoom() < 8) {
      if (this.map.getZoom() < 8) this.labels.update(); // hides any left from a zoom-out
      return;
    }
    this.labelTimer = setTimeout(() => {
      this.labelTimer = null;
      this.labels.update();
    }, LABEL_UPDATE_MS);
  }

  private onStoreSummary(): void {
    const visible = this.store.isVisible();
    if (visible === this.visible) return;
    this.visible = visible;
    this.map.setLayoutProperty(VESSEL_LAYER, 'visibility', visible ? 'visible' : 'none');
    this.map.setLayoutProperty(VESSEL_OVERVIEW_LAYER, 'visibility', visible ? 'visible' : 'none');
    this.map.setLayoutProperty(SELECTED_LAYER, 'visibility', visible ? 'visible' : 'none');
    if (visible) this.subscribe();
    else {
      this.socket?.emit('vessels:unsubscribe', { v: VESSEL_STREAM_VERSION });
      this.popup.remove();
    }
    this.labels.update();
  }

  private readonly onBatch = (raw: unknown): void => {
    if (!this.visible || !isBatch(raw)) return;
    this.store.apply(raw);
  };

  private readonly onConnect = (): void => this.subscribe();

  private attachSocket(socket: LiveSocket | null): void {
    if (this.socket === socket) return;
    this.socket?.off('vessels:batch', this.onBatch);
    this.socket?.off('connect', this.onConnect);
    this.socket = socket;
    if (!socket) return;
    socket.on('vessels:batch', this.onBatch);
    socket.on('connect', this.onConnect);
    if (socket.connected) this.subscribe();
  }

  private scheduleSubscribe(): void {
    if (this.subscribeTimer !== null) clearTimeout(this.subscribeTimer);
    this.subscribeTimer = setTimeout(() => {
      this.subscribeTimer = null;
      this.subscribe();
    }, SUBSCRIBE_DEBOUNCE_MS);
  }

  private subscribe(): void {
    const socket = this.socket;
    if (!socket?.connected || !this.visible) return;
    socket.emit('vessels:subscribe', { v: VESSEL_STREAM_VERSION, bbox: viewportBbox(this.map), zoom: this.map.getZoom() }, (ack) => {
      if (!ack.ok) console.warn('[tidewatch] vessel subscription refused', ack.error);
    });
  }

  private vesselAt(e: MapMouseEvent): number | null {
    if (!this.visible) return null;
    const { x, y } = e.point;
    const box: [PointLike, PointLike] = [
      [x - HIT_SLOP, y - HIT_SLOP],
      [x + HIT_SLOP, y + HIT_SLOP],
    ];
    // An event under the cursor wins: the event layer handles that click.
    if (this.map.getLayer(EVENT_LAYER) && this.map.queryRenderedFeatures(box, { layers: [EVENT_LAYER] }).length > 0) return null;
    const hits = this.map.queryRenderedFeatures(box, { layers: [VESSEL_LAYER, VESSEL_OVERVIEW_LAYER] });
    let best: number | null = null;
    let bestD = Infinity;
    for (const hit of hits) {
      const mmsi = hit.properties.mmsi as unknown;
      if (typeof mmsi !== 'number' || hit.geometry.type !== 'Point') continue;
      const p = this.map.project(hit.geometry.coordinates as [number, number]);
      const d = (p.x - x) ** 2 + (p.y - y) ** 2;
      if (d < bestD) {
        bestD = d;
        best = mmsi;
      }
    }
    return best;
  }

  private onHover(e: MapMouseEvent): void {
    const mmsi = this.vesselAt(e);
    if (mmsi !== null) this.map.getCanvas().style.cursor = 'pointer';
    if (mmsi === this.hovered) {
      if (mmsi !== null) {
        const entry = this.store.entries.get(mmsi);
        if (entry) this.popup.setLngLat([entry.lon, entry.lat]);
      }
      return;
    }
    this.hovered = mmsi;
    const entry = mmsi === null ? undefined : this.store.entries.get(mmsi);
    if (!entry) {
      this.popup.remove();
      return;
    }
    this.popup.setLngLat([entry.lon, entry.lat]).setDOMContent(popupContent(entry, this.store.nameOf(entry.mmsi))).addTo(this.map);
  }
}
