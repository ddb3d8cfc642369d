import { VESSEL_CATEGORIES, type VesselCategory } from '@tidewatch/contracts';
import { SURFACE, VESSEL_CATEGORY_COLORS } from '@tidewatch/contracts/theme-tokens';
import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';

/**
 * The map's vessel classes. The wire has nine categories; the map folds them into the seven classes an
 * operator reads at a glance (pleasure and high-speed craft together, tugs and service craft with "other").
 * Colours follow the convention operators know from public AIS sites (cargo green, tanker red, passenger
 * blue, fishing salmon, pleasure magenta) and stay clear of the event-kind colours' saturated hues where they can.
 */
export interface VesselClass {
  readonly index: number;
  /** The class's name in the vessels catalog (`class_<key>`), shown in the reader's language. */
  readonly key: 'cargo' | 'tanker' | 'passenger' | 'fishing' | 'pleasure' | 'law' | 'other';
  readonly color: string;
}

export const VESSEL_CLASSES: readonly VesselClass[] = (
  ['cargo', 'tanker', 'passenger', 'fishing', 'pleasure', 'law', 'other'] as const
).map((key, index) => ({ index, key, color: VESSEL_CATEGORY_COLORS[index] ?? SURFACE.textMuted }));

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

/** A wire category's name in the language of the moment (map popups are DOM, built outside React). */
export function categoryLabel(category: VesselCategory): string {
  return translate(translations, `category_${category}`);
}
