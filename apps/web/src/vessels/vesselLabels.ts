import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { maplibregl } from '../map-core/index.ts';
import type { VesselStore } from './vesselStore.ts';

/** Below this zoom there are too many vessels for names to help; MapLibre text would need glyphs anyway. */
export const LABEL_MIN_ZOOM = 9;
/** A fixed pool of HTML markers, reused: DOM work stays bounded however many vessels are in view. */
const MAX_LABELS = 60;
/** Label box used to keep names from overlapping (px, before rem scaling is applied). */
const BOX_W = 120;
const BOX_H = 20;

/**
 * Vessel names as a small pool of HTML markers, only at high zoom and only for vessels in view, placed
 * greedily so that no two overlap. Moving vessels are followed on each map update.
 */
export class VesselLabels {
  private readonly pool: { marker: Marker; el: HTMLDivElement; mmsi: number | null; name: string; shown: boolean }[] =
    [];

  constructor(
    private readonly map: MapLibreMap,
    private readonly store: VesselStore,
    private readonly scale: number,
  ) {}

  update(): void {
    const map = this.map;
    const zoom = map.getZoom();
    if (zoom < LABEL_MIN_ZOOM || !this.store.isVisible()) {
      this.hideFrom(0);
      return;
    }
    const bounds = map.getBounds();
    const west = bounds.getWest();
    const east = bounds.getEast();
    const south = bounds.getSouth();
    const north = bounds.getNorth();
    const canvas = map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const bw = BOX_W * this.scale;
    const bh = BOX_H * this.scale;
    const placed: { x: number; y: number }[] = [];
    // Moving vessels first (they are what a watch officer tracks), then the rest; named ones only.
    const candidates: { mmsi: number; lon: number; lat: number; moving: boolean }[] = [];
    for (const e of this.store.entries.values()) {
      if (e.lat < south || e.lat > north || e.lon < west || e.lon > east) continue;
      candidates.push({ mmsi: e.mmsi, lon: e.lon, lat: e.lat, moving: e.dot === 0 });
      if (candidates.length > 2000) break;
    }
    candidates.sort((a, b) => Number(b.moving) - Number(a.moving));
    let used = 0;
    for (const c of candidates) {
      if (used >= MAX_LABELS) break;
      const name = this.store.nameOf(c.mmsi);
      if (name === null) continue;
      const p = map.project([c.lon, c.lat]);
      if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
      if (placed.some((q) => Math.abs(q.x - p.x) < bw && Math.abs(q.y - p.y) < bh)) continue;
      placed.push({ x: p.x, y: p.y });
      this.show(used++, c.mmsi, name, c.lon, c.lat);
    }
    this.hideFrom(used);
  }

  remove(): void {
    for (const slot of this.pool) slot.marker.remove();
    this.pool.length = 0;
  }

  private show(index: number, mmsi: number, name: string, lon: number, lat: number): void {
    let slot = this.pool[index];
    if (!slot) {
      const el = document.createElement('div');
      el.className = 'vessel-label';
      const marker = new maplibregl.Marker({ element: el, anchor: 'left', offset: [11 * this.scale, 0] });
      slot = { marker, el, mmsi: null, name: '', shown: false };
      this.pool.push(slot);
    }
    slot.mmsi = mmsi;
    if (slot.name !== name) {
      slot.name = name;
      // textContent, never innerHTML: names come off the air.
      slot.el.textContent = name;
    }
    slot.marker.setLngLat([lon, lat]);
    if (!slot.shown) {
      slot.marker.addTo(this.map);
      slot.shown = true;
    }
  }

  private hideFrom(index: number): void {
    for (let i = index; i < this.pool.length; i++) {
      const slot = this.pool[i];
      if (slot?.shown) {
        slot.marker.remove();
        slot.shown = false;
        slot.mmsi = null;
      }
    }
  }
}
