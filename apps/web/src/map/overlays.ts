import type { MapOverlay } from '../map-core/index.ts';
import { alertEvidenceOverlay } from '../alerts/index.ts';
import { cargoArcsOverlay } from '../cargo/index.ts';
import { drillDownOverlay } from '../drill/index.ts';
import { unitsOverlay } from '../operations/index.ts';

import { seaNoticesOverlay } from '../seaNotices/index.ts';

/**
 * The overlays that features register on the dashboard and wall map, besides the events and vessels that the
 * map wires itself. Listed in any order: where each one sits is map-core's overlayOrder.ts.
 */
export const FEATURE_OVERLAYS: readonly MapOverlay[] = [
  cargoArcsOverlay,
  seaNoticesOverlay,
  drillDownOverlay,
  alertEvidenceOverlay,
  unitsOverlay,
];
