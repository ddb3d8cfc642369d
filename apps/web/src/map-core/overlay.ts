import type { Map as MapLibreMap } from 'maplibre-gl';
import type { OverlayId } from './overlayOrder.ts';
import type { OverlayStack } from './overlayStack.ts';

/** What an overlay gets when it is put on a map. */
export interface OverlayContext {
  readonly map: MapLibreMap;
  /** Where the overlay adds its layers (never with a before-id of its own: the stack places them). */
  readonly stack: OverlayStack;
  /** Symbol size multiplier (the wall display draws bigger at 4K). */
  readonly scale: number;
}

/** A feature's layer group on the map. `bind` returns the overlay's handle; `unbind` takes it off again. */
export interface MapOverlay<Handle extends BoundOverlay = BoundOverlay> {
  readonly id: OverlayId;
  bind(context: OverlayContext): Handle;
}

export interface BoundOverlay {
  unbind(): void;
}
