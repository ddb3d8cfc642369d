import { VESSEL_CATEGORIES, type VesselCategory } from '@tidewatch/contracts';
import { SURFACE, VESSEL_CATEGORY_COLORS } from '@tidewatch/contracts/theme-tokens';

/**
 * The map's vessel classes. The wire has nine categories; the map folds them into the seven classes an
 * operator reads at a glance (pleasure and high-speed craft together, tugs and service craft with "other").
 * Colours follow the convention operators know from public AIS sites (cargo green, tanker red, passenger
 * blue, fishing salmon, pleasure magenta) and stay clear of the event-kind colours' saturated hues where they can.
 */
export interface VesselClass {
  readonly index: number;
  readonly label: string;
  readonly color: string;
}

export const VESSEL_CLASSES: readonly VesselClass[] = [
  'Cargo',
  'Tanker',
  'Passenger',
  'Fishing',
  'Pleasure / high-speed',
  'Law enforcement',
  'Other / service',
].map((label, index) => ({ index, label, color: VESSEL_CATEGORY_COLORS[index] ?? SURFACE.textMuted }));

const CLASS_OF_CATEGORY: Readonly<Record<VesselCategory, number>> = {
  cargo: 0,
  tanker: 1,
  passenger: 2,
  fishing: 3,
  pleasure: 4,
  high_speed: 4,
  law_enforcement: 5,
  other: 6,
  tug_service: 6,
};

/** Class index by wire category index (the row's `category` field), precomputed for the batch loop. */
export const CLASS_BY_CATEGORY_INDEX: readonly number[] = VESSEL_CATEGORIES.map((c) => CLASS_OF_CATEGORY[c]);

export function classOf(category: VesselCategory): VesselClass {
  return VESSEL_CLASSES[CLASS_OF_CATEGORY[category]] ?? (VESSEL_CLASSES[6] as VesselClass);
}

const CATEGORY_LABEL: Readonly<Record<VesselCategory, string>> = {
  other: 'Other',
  cargo: 'Cargo',
  tanker: 'Tanker',
  passenger: 'Passenger',
  fishing: 'Fishing',
  pleasure: 'Pleasure craft',
  high_speed: 'High-speed craft',
  law_enforcement: 'Law enforcement',
  tug_service: 'Tug / service',
};

export function categoryLabel(category: VesselCategory): string {
  return CATEGORY_LABEL[category];
}
