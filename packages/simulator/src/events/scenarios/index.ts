import type { Scenario } from '../types.ts';
import { cargoAlert } from './cargo-alerts.ts';
import { canoeInterdiction, goFastInterdiction, vesselBoarding } from './interdictions.ts';
import { cashSeizure } from './seizure-cash.ts';
import { ammunitionInCargo, cocaineInContainer, firearmsInCargo } from './seizures-cargo.ts';
import { cannabis, cocaineAtSea, cocaineOnCoast } from './seizures-maritime.ts';
import { landingSighting, seaSighting } from './sightings.ts';
import { vesselAlert } from './vessel-alerts.ts';
import { watchlistHit } from './watchlist-hits.ts';

/** Every story the simulator can tell; weights are relative frequencies on an ordinary day. */
export const SCENARIOS: readonly Scenario[] = [
  firearmsInCargo,
  ammunitionInCargo,
  cocaineInContainer,
  cocaineAtSea,
  cocaineOnCoast,
  cannabis,
  cashSeizure,
  goFastInterdiction,
  canoeInterdiction,
  vesselBoarding,
  seaSighting,
  landingSighting,
  vesselAlert,
  cargoAlert,
  watchlistHit,
];
