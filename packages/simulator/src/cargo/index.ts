export { generateDemoCargo, type DemoCargo, type SeededCase, type CargoRosterVessel } from './consignments.ts';
export { LEGIT_GOODS } from './goods.ts';
