export { OperationsPanel } from './OperationsPanel.tsx';
export { TaskUnitSection } from './TaskUnitSection.tsx';
export { unitsOverlay } from './unitsLayer.ts';
export { useOperationsLive } from './useOperations.ts';
export { UnitLegend, WallUnits } from './WallUnits.tsx';
