// The public face of this feature: other folders import it from here only.
export { WallApp } from './WallApp.tsx';
export { consumeWallToken, isWallPath } from './wallParams.ts';
export { ALERT_SEVERITY } from './alertQueue.ts';
