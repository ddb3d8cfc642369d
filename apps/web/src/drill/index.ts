export { drillDownOverlay } from './drillLayer.ts';
