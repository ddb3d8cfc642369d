import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent, PointLike, Popup } from 'maplibre-gl';
import { VESSEL_STREAM_VERSION, type VesselBatch, type ViewportBbox } from '@tidewatch/contracts';
import { maplibregl, type LayerSpecification, type OverlayContext } from '../map-core/index.ts';
import { watchActiveSocket } from '../live/activeSocket.ts';
import { listen } from '../live/messages.ts';
import type { LiveSocket } from '../live/socket.ts';
import { categoryLabel } from './categories.ts';
import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { VesselGlLayer } from './vesselGlLayer.ts';
import { FLOATS_PER_VESSEL } from './vesselGeometry.ts';
import { VesselLabels } from './vesselLabels.ts';
import type { VesselEntry, VesselStore } from './vesselStore.ts';
import { MAP_MARKS } from '@tidewatch/contracts/theme-tokens';

export const VESSEL_LAYER = 'vessels-gl';
/** Zoom from which vessels are drawn as heading-oriented symbols (below: coloured dots). */
export const SYMBOL_MIN_ZOOM = 6;
const SELECTED_SOURCE = 'vessel-selected';
const SELECTED_LAYER = 'vessels-selected';
const TRAIL_SOURCE = 'vessel-trail';
const TRAIL_LAYER = 'vessel-trail-line';

/**
 * At most this often the map redraws for vessel updates. The server sends up to four batches a second;
 * folding them into two frames halves the redraw work, and a ship moves a few metres in between.
 */
const MAP_UPDATE_MS = 500;
const LABEL_UPDATE_MS = 1_000;
/** Viewport changes are re-sent once the map settles (moveend fires at the end of a fly-to, too). */
const SUBSCRIBE_DEBOUNCE_MS = 250;
const HIT_SLOP = 6;

export interface FlushReport {
  mode: 'gl' | 'none';
  /** Vessels held (the next frame uploads them all). */
  features: number;
}

export interface VesselLayerOptions {
  onSelect: (mmsi: number) => void;
  /** Layers whose features win a click over a vessel under them (the events: that layer handles the click). */
  yieldToLayers: readonly string[];
}

/** The trail and the selection ring: small GeoJSON layers (one feature each) around the WebGL vessel layer. */
function overlayLayers(scale: number, visible: boolean): LayerSpecification[] {
  return [
    {
      id: TRAIL_LAYER,
      type: 'line',
      source: TRAIL_SOURCE,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': MAP_MARKS.selected, 'line-width': 2.2 * scale, 'line-opacity': 0.85 },
    },
    {
      id: SELECTED_LAYER,
      type: 'circle',
      source: SELECTED_SOURCE,
      layout: { visibility: visible ? 'visible' : 'none' },
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': 13 * scale,
        'circle-stroke-color': MAP_MARKS.selected,
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

function popupContent(entry: VesselEntry, name: string | null): HTMLElement {
  const root = document.createElement('div');
  root.className = 'map-popup';
  const kind = document.createElement('div');
  kind.className = 'map-popup__kind';
  const category = categoryLabel(entry.category);
  kind.textContent = translate(translations, entry.status === 'stale' ? 'popupKindStale' : 'popupKind', { category });
  const title = document.createElement('div');
  title.className = 'map-popup__title';
  title.textContent = name ?? `MMSI ${entry.mmsi}`;
  const place = document.createElement('div');
  place.className = 'map-popup__place';
  const speed =
    entry.sog === null ? translate(translations, 'noValue') : translate(translations, 'knots', { speed: entry.sog });
  const course = entry.heading ?? entry.cog;
  place.textContent =
    course === null
      ? translate(translations, 'popupPlace', { mmsi: entry.mmsi, speed })
      : translate(translations, 'popupPlaceCourse', { mmsi: entry.mmsi, speed, course: Math.round(course) });
  root.append(kind, title, place);
  return root;
}

/**
 * The vessel layer on one map: a WebGL custom layer drawing the store's Float32Array (redrawn at most every
 * MAP_UPDATE_MS after a batch), the viewport subscription on the live socket, names at high zoom, hover and
 * click (hit-tested against the same array), the selected vessel's ring and trail.
 */
export class VesselLayer {
  private readonly gl: VesselGlLayer;
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
  private selected: number | null = null;
  /** Where the selection ring is drawn; null: not drawn. */
  private selectedAt: [number, number] | null = null;

  private readonly map: MapLibreMap;
  private readonly yieldToLayers: readonly string[];

  /** Vessels draw under the events (map-core's overlayOrder.ts): an event is why people look at the map. */
  constructor(
    { map, stack, scale }: OverlayContext,
    private readonly store: VesselStore,
    options: VesselLayerOptions,
  ) {
    this.map = map;
    this.yieldToLayers = options.yieldToLayers;
    map.addSource(TRAIL_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addSource(SELECTED_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    this.visible = store.isVisible();
    const [trail, ring] = overlayLayers(scale, this.visible);
    if (trail) stack.add('vessels', trail);
    this.gl = new VesselGlLayer(VESSEL_LAYER, store.geometry, scale, SYMBOL_MIN_ZOOM);
    this.gl.visible = this.visible;
    stack.add('vessels', this.gl);
    if (ring) stack.add('vessels', ring);
    this.labels = new VesselLabels(map, store, scale);
    this.popup = new maplibregl.Popup({
      closeButton: false,
      closeOnClick: false,
      offset: 14,
      className: 'tw-popup',
      maxWidth: '22rem',
    });

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
      // One hit test per frame at most: mousemove can fire far more often.
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

  /** The WebGL layer's own timings (uploads, render calls), for the benchmark. */
  get renderStats(): VesselGlLayer['stats'] {
    return this.gl.stats;
  }

  /**
   * Asks for a redraw now: the next frame uploads the store's array (one bufferSubData) and draws it. The
   * decode already happened in the store; nothing else runs per vessel on the main thread.
   */
  flush(): FlushReport {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.lastFlushAt = performance.now();
    this.map.triggerRepaint();
    this.followSelected();
    this.scheduleLabels();
    return { mode: 'gl', features: this.store.geometry.count };
  }

  setSelected(mmsi: number | null): void {
    this.selected = mmsi;
    this.followSelected();
  }

  setTrail(coordinates: readonly [number, number][] | null): void {
    const source = this.map.getSource<GeoJSONSource>(TRAIL_SOURCE);
    if (!source) return;
    void source.setData({
      type: 'FeatureCollection',
      features:
        coordinates && coordinates.length >= 2
          ? [
              {
                type: 'Feature',
                properties: {},
                geometry: { type: 'LineString', coordinates: coordinates.map((c) => [c[0], c[1]]) },
              },
            ]
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
    this.gl.visible = visible;
    this.map.triggerRepaint();
    this.map.setLayoutProperty(SELECTED_LAYER, 'visibility', visible ? 'visible' : 'none');
    if (visible) this.subscribe();
    else {
      this.socket?.emit('vessels:unsubscribe', { v: VESSEL_STREAM_VERSION });
      this.popup.remove();
    }
    this.labels.update();
  }

  private readonly onBatch = (batch: VesselBatch): void => {
    if (this.visible) this.store.apply(batch);
  };
  private stopBatches: () => void = () => undefined;

  private readonly onConnect = (): void => this.subscribe();

  private attachSocket(socket: LiveSocket | null): void {
    if (this.socket === socket) return;
    this.stopBatches();
    this.socket?.off('connect', this.onConnect);
    this.socket = socket;
    if (!socket) return;
    this.stopBatches = listen(socket, 'vessels:batch', this.onBatch);
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
    socket.emit(
      'vessels:subscribe',
      { v: VESSEL_STREAM_VERSION, bbox: viewportBbox(this.map), zoom: this.map.getZoom() },
      (ack) => {
        if (!ack.ok) console.warn('[tidewatch] vessel subscription refused', ack.error);
      },
    );
  }

  /** The ring follows the selected vessel; its one-feature source is only touched when the ring moves. */
  private followSelected(): void {
    const source = this.map.getSource<GeoJSONSource>(SELECTED_SOURCE);
    if (!source) return;
    const entry = this.selected === null ? undefined : this.store.entries.get(this.selected);
    const next: [number, number] | null = entry ? [entry.lon, entry.lat] : null;
    const now = this.selectedAt;
    if (next === null ? now === null : now !== null && now[0] === next[0] && now[1] === next[1]) return;
    this.selectedAt = next;
    void source.setData({
      type: 'FeatureCollection',
      features: next ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: next } }] : [],
    });
  }

  /**
   * The vessel nearest the cursor within its symbol (plus a few pixels of slop), found by one pass over the
   * store's Mercator array: 20,000 vessels take well under a millisecond, and no rendered-feature index is needed.
   */
  private vesselAt(e: MapMouseEvent): number | null {
    if (!this.visible) return null;
    const { x, y } = e.point;
    const box: [PointLike, PointLike] = [
      [x - HIT_SLOP, y - HIT_SLOP],
      [x + HIT_SLOP, y + HIT_SLOP],
    ];
    // A feature of a layer we yield to (an event) under the cursor wins: that layer handles the click.
    const yieldTo = this.yieldToLayers.filter((id) => this.map.getLayer(id));
    if (yieldTo.length > 0 && this.map.queryRenderedFeatures(box, { layers: yieldTo }).length > 0) return null;
    const geometry = this.store.geometry;
    const zoom = this.map.getZoom();
    const worldPx = 512 * 2 ** zoom;
    const cursor = maplibregl.MercatorCoordinate.fromLngLat(e.lngLat);
    const reach = (this.gl.spriteSize(zoom) / 2 + HIT_SLOP) / worldPx;
    const limit = reach * reach;
    const data = geometry.data;
    let best: number | null = null;
    let bestD = limit;
    for (let i = 0; i < geometry.count; i++) {
      const o = i * FLOATS_PER_VESSEL;
      // The cursor may be over a world copy: compare within one world width.
      let dx = (data[o] ?? 0) - cursor.x;
      dx -= Math.round(dx);
      const dy = (data[o + 1] ?? 0) - cursor.y;
      const d = dx * dx + dy * dy;
      if (d <= bestD) {
        bestD = d;
        best = geometry.mmsiAt[i] ?? null;
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
    this.popup
      .setLngLat([entry.lon, entry.lat])
      .setDOMContent(popupContent(entry, this.store.nameOf(entry.mmsi)))
      .addTo(this.map);
  }
}
