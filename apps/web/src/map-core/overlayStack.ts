import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerSpecification } from './maplibre.ts';
import { type OverlayId, overlaysAbove } from './overlayOrder.ts';

/**
 * The layers each overlay has on one map. Adding a layer puts it on top of its own overlay and under every
 * overlay above it in OVERLAY_ORDER that is already on the map, so the stack comes out the same whatever
 * order features bind in.
 */
export class OverlayStack {
  private readonly layersOf = new Map<OverlayId, string[]>();
  /** Overlays the user switched off: their layers are added hidden and stay so until switched on. */
  private readonly hidden = new Set<OverlayId>();

  constructor(private readonly map: MapLibreMap) {}

  /** Records layers that came with the style itself (the events), so later overlays go around them. */
  adopt(overlay: OverlayId, layerIds: readonly string[]): void {
    this.layersOf.set(overlay, [...(this.layersOf.get(overlay) ?? []), ...layerIds]);
  }

  add(overlay: OverlayId, layer: LayerSpecification | CustomLayerInterface): void {
    this.map.addLayer(layer, this.firstLayerAbove(overlay));
    this.adopt(overlay, [layer.id]);
    if (this.hidden.has(overlay)) this.setLayerVisibility(layer.id, false);
  }

  /**
   * Shows or hides an overlay's layers, now and those it adds later. HTML markers an overlay puts on the map
   * (patrol units) are not layers: the container's `map--hide-<overlay>` class lets their CSS follow.
   */
  setVisible(overlay: OverlayId, visible: boolean): void {
    if (visible) this.hidden.delete(overlay);
    else this.hidden.add(overlay);
    for (const id of this.layersOf.get(overlay) ?? []) this.setLayerVisibility(id, visible);
    this.map.getContainer().classList.toggle(`map--hide-${overlay}`, !visible);
  }

  isVisible(overlay: OverlayId): boolean {
    return !this.hidden.has(overlay);
  }

  private setLayerVisibility(id: string, visible: boolean): void {
    // A custom (WebGL) layer has no layout: its overlay hides it its own way.
    const layer = this.map.getLayer(id);
    if (layer && layer.type !== 'custom') this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }

  /** Takes an overlay off the map: its layers topmost first (a source in use cannot go), then its sources. */
  remove(overlay: OverlayId, sources: readonly string[]): void {
    for (const id of [...(this.layersOf.get(overlay) ?? [])].reverse())
      if (this.map.getLayer(id)) this.map.removeLayer(id);
    this.layersOf.delete(overlay);
    for (const source of sources) if (this.map.getSource(source)) this.map.removeSource(source);
  }

  private firstLayerAbove(overlay: OverlayId): string | undefined {
    for (const above of overlaysAbove(overlay)) {
      const present = this.layersOf.get(above)?.find((id) => this.map.getLayer(id));
      if (present) return present;
    }
    return undefined;
  }
}
