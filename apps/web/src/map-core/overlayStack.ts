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

  constructor(private readonly map: MapLibreMap) {}

  /** Records layers that came with the style itself (the events), so later overlays go around them. */
  adopt(overlay: OverlayId, layerIds: readonly string[]): void {
    this.layersOf.set(overlay, [...(this.layersOf.get(overlay) ?? []), ...layerIds]);
  }

  add(overlay: OverlayId, layer: LayerSpecification | CustomLayerInterface): void {
    this.map.addLayer(layer, this.firstLayerAbove(overlay));
    this.adopt(overlay, [layer.id]);
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
