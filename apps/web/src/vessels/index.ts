export { VesselLayer } from './vesselLayer.ts';
export { vesselStore } from './vesselStore.ts';
