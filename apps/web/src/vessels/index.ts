export { VesselLayer } from './vesselLayer.ts';
export { vesselStore } from './vesselStore.ts';
export { VesselCard } from './VesselCard.tsx';
export { VesselSearch } from './VesselSearch.tsx';
export { fetchFeeds } from './api.ts';
export { VesselLegend } from './VesselLegend.tsx';
export type { VesselGlStats } from './vesselGlLayer.ts';
export { useVesselSummary } from './useVessel.ts';
