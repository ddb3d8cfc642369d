export { cargoArcsOverlay } from './cargoLayer.ts';
