// The public face of this feature: other folders import it from here only.
export { EventMap, type FlyRequest, type ViewBbox } from './EventMap.tsx';
export { Legend } from './Legend.tsx';
