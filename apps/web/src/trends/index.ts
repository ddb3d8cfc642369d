// The public face of this feature: other folders import it from here only.
export { drillStore } from './drillStore.ts';
export { TrendsScreen } from './TrendsScreen.tsx';
export { describeCount } from './drillTargets.ts';
export { useDrill } from './useDrill.ts';
export { COMMODITY_STYLE, formatUsd, useCommodityLabel } from './commodities.ts';
