import type { Position } from '@tidewatch/contracts';
import { nearby, scatterAtSea } from '../geo.ts';
import { PLACES, placeById, placeLabel, type Place } from '../places.ts';
import type { Rng } from '../random.ts';

/**
 * Where an event is put on the map. Port and airport events sit at the facility; sea events scatter over a sea
 * area or off a landing site, never on land; shore events sit at the beach.
 */

export interface Located {
  position: Position;
  /** The event's `place`. */
  place: string;
  /** Prose form: "near Pedro Bank", "at Kingston", "off Old Harbour Bay". */
  phrase: string;
}

export function atFacility(rng: Rng, id: string): Located {
  const p = placeById(id);
  return { position: nearby(rng, p.position), place: placeLabel(p), phrase: p.phrase };
}

/** Off a landing site the place reads "Off Old Harbour Bay, St Catherine", so a reader knows it is at sea. */
const offshoreLabel = (p: Place): string => `Off ${p.name}`;

export function atSea(rng: Rng, id: string): Located {
  const p = placeById(id);
  if (p.kind === 'landing_site' && p.approach) {
    return { position: scatterAtSea(rng, p.approach, p.radiusKm ?? 2), place: offshoreLabel(p), phrase: p.phrase };
  }
  if (p.kind !== 'sea_area') throw new RangeError(`${id} is not a sea area or landing site`);
  return { position: scatterAtSea(rng, p.position, p.radiusKm ?? 5), place: p.name, phrase: p.phrase };
}

export function onShore(rng: Rng, id: string): Located {
  const p = placeById(id);
  if (p.kind !== 'landing_site') throw new RangeError(`${id} is not a landing site`);
  const town = p.name.split(',')[0] ?? p.name;
  return { position: nearby(rng, p.position, 0.2), place: p.name, phrase: `at ${town}` };
}

/** Every `place` value an at-sea event can carry (for checks that sea positions stay off land). */
export const SEA_PLACE_LABELS: ReadonlySet<string> = new Set(
  PLACES.flatMap((p) => (p.kind === 'sea_area' ? [p.name] : p.kind === 'landing_site' ? [offshoreLabel(p)] : [])),
);

export const SEA_AREA_IDS = PLACES.filter((p) => p.kind === 'sea_area').map((p) => p.id);
export const LANDING_SITE_IDS = PLACES.filter((p) => p.kind === 'landing_site').map((p) => p.id);

/** The two fields a draft takes from a location. */
export const pin = ({ position, place }: Located): { position: Position; place: string } => ({ position, place });
