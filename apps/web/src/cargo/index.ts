export { cargoArcsOverlay } from './cargoLayer.ts';
export { CargoScreen } from './CargoScreen.tsx';
export { cargoStore } from './cargoStore.ts';
