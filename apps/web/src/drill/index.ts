export { drillDownOverlay } from './drillLayer.ts';
export { DrillBanner } from './DrillBanner.tsx';
