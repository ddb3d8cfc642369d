import type { GeoJSONSource, MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { greatCirclePath, rangeBearing, type LatLon, type RangeBearing } from '@tidewatch/domain';
import { SURFACE } from '@tidewatch/contracts/theme-tokens';
import type { OverlayStack } from '../map-core/index.ts';

export const MEASURE_SOURCE = 'measure';
export const MEASURE_LINE_LAYER = 'measure-line';

export interface RangeState {
  active: boolean;
  from: LatLon | null;
  to: LatLon | null;
  leg: RangeBearing | null;
}

export const RANGE_OFF: RangeState = { active: false, from: null, to: null, leg: null };

/**
 * MAP-2: the range and bearing tool on one map. While on, a click (or Enter at the centre crosshair, for the
 * keyboard) sets the first point, the next one the second, a third starts a new leg; the line follows the
 * great circle. Escape ends it. The owner reads `active` to keep clicks from also selecting what lies under.
 */
export class RangeTool {
  private state: RangeState = RANGE_OFF;
  private crosshair: HTMLElement | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly stack: OverlayStack,
    private readonly onChange: (state: RangeState) => void,
  ) {}

  get active(): boolean {
    return this.state.active;
  }

  start(): void {
    if (this.state.active) return;
    this.stack.add('measure', {
      id: MEASURE_LINE_LAYER,
      type: 'line',
      source: this.addSource(),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': SURFACE.pale, 'line-width': 2.5, 'line-dasharray': [3, 2] },
    });
    this.stack.add('measure', {
      id: 'measure-points',
      type: 'circle',
      source: MEASURE_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 5,
        'circle-color': SURFACE.pale,
        'circle-stroke-color': SURFACE.casing,
        'circle-stroke-width': 2,
      },
    });
    this.crosshair = document.createElement('div');
    this.crosshair.className = 'range-crosshair';
    this.crosshair.setAttribute('aria-hidden', 'true');
    this.map.getContainer().append(this.crosshair);
    this.map.getCanvasContainer().classList.add('event-map--picking');
    this.map.on('click', this.onClick);
    this.map.on('mousemove', this.onMove);
    this.map.getCanvas().addEventListener('keydown', this.onKey);
    this.set({ active: true, from: null, to: null, leg: null });
    // The keyboard goes to the map: arrows pan it under the crosshair, Enter drops a point there.
    this.map.getCanvas().focus();
  }

  stop(): void {
    if (!this.state.active) return;
    this.map.off('click', this.onClick);
    this.map.off('mousemove', this.onMove);
    this.map.getCanvas().removeEventListener('keydown', this.onKey);
    this.map.getCanvasContainer().classList.remove('event-map--picking');
    this.crosshair?.remove();
    this.crosshair = null;
    this.stack.remove('measure', [MEASURE_SOURCE]);
    this.set(RANGE_OFF);
  }

  /** Adds a point where the analyst chose (a click, the crosshair or a test through the debug handle). */
  addPoint(point: LatLon): void {
    if (!this.state.active) return;
    const { from, to } = this.state;
    if (from === null || to !== null) this.set({ active: true, from: point, to: null, leg: null });
    else this.set({ active: true, from, to: point, leg: rangeBearing(from, point) });
    this.draw(this.state.to);
  }

  private readonly onClick = (e: MapMouseEvent): void => {
    this.addPoint({ lat: e.lngLat.lat, lon: e.lngLat.lng });
  };

  /** Until the second point, the line follows the cursor so the analyst sees the leg being measured. */
  private readonly onMove = (e: MapMouseEvent): void => {
    if (this.state.from !== null && this.state.to === null) this.draw({ lat: e.lngLat.lat, lon: e.lngLat.lng });
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const centre = this.map.getCenter();
      this.addPoint({ lat: centre.lat, lon: centre.lng });
    } else if (e.key === 'Escape') {
      this.stop();
    }
  };

  private addSource(): string {
    if (!this.map.getSource(MEASURE_SOURCE))
      this.map.addSource(MEASURE_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    return MEASURE_SOURCE;
  }

  private draw(end: LatLon | null): void {
    const { from } = this.state;
    const data: FeatureCollection = { type: 'FeatureCollection', features: [] };
    if (from) {
      data.features.push({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [from.lon, from.lat] },
      });
      if (end) {
        const path = greatCirclePath(from, end);
        data.features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: path } });
        const last = path[path.length - 1];
        if (last)
          data.features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: last } });
      }
    }
    void this.map.getSource<GeoJSONSource>(MEASURE_SOURCE)?.setData(data);
  }

  private set(state: RangeState): void {
    this.state = state;
    this.onChange(state);
  }
}
