// The map core's public face: map creation, the offline style, the overlay registry and its ordering manifest.
// Features import from here only; the map core imports no feature.
export { createMap, type CoreMap, type MapSetup } from './createMap.ts';
export { EMPTY_COLLECTION, type StyleOverlay } from './baseStyle.ts';
export { maplibregl, type FilterSpecification, type LayerSpecification, type StyleSpecification } from './maplibre.ts';
export { OVERLAY_ORDER, type OverlayId } from './overlayOrder.ts';
export { OverlayStack } from './overlayStack.ts';
export type { BoundOverlay, MapOverlay, OverlayContext } from './overlay.ts';
export { fitToPoints, rightInset } from './fitToPoints.ts';
export { toEventFeature, toEventFeatures, type EventFeature, type EventFeatureProps } from './eventFeatures.ts';
export { prefersReducedMotion } from './motion.ts';
