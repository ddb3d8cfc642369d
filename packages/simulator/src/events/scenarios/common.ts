import type { Grading } from '@tidewatch/contracts';
import type { Cast, CastFirm, CastPerson, CastVessel, VesselType } from '../../cast.ts';
import type { Nationality } from '../../names.ts';
import type { Rng } from '../../random.ts';

/** Cast and grading picks shared by the scenarios. */

export function pickVessel(rng: Rng, cast: Cast, ...types: VesselType[]): CastVessel {
  return rng.pick(cast.vessels.filter((v) => types.includes(v.type)));
}

export function pickFirm(rng: Rng, cast: Cast, ...countries: CastFirm['country'][]): CastFirm {
  return rng.pick(cast.firms.filter((f) => countries.includes(f.country)));
}

/** Distinct people, preferring the given nationalities (a go-fast crew is rarely Jamaican and Bahamian at once). */
export function pickPersons(rng: Rng, cast: Cast, count: number, ...prefer: Nationality[]): CastPerson[] {
  const pool = prefer.length > 0 ? cast.persons.filter((p) => prefer.includes(p.nationality)) : cast.persons;
  return rng.sample(pool.length >= count ? pool : cast.persons, count);
}

export const pickPerson = (rng: Rng, cast: Cast, ...prefer: Nationality[]): CastPerson => {
  const [person] = pickPersons(rng, cast, 1, ...prefer);
  if (!person) throw new RangeError('the cast has no persons');
  return person;
};

const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;
type GradeCode = `${Grading['reliability']}${Grading['credibility']}`;

/** Admiralty grade from weighted codes like ['A1', 5], ['B2', 3]. */
export function grade(rng: Rng, options: readonly (readonly [GradeCode, number])[]): Grading {
  const code = rng.weighted(options);
  return {
    reliability: RELIABILITY.find((r) => r === code.charAt(0)) ?? 'F',
    credibility: CREDIBILITY.find((c) => c === Number(code.charAt(1))) ?? 6,
  };
}

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** Rounds the way reports do: counted items exactly, bulk weights to a sensible figure. */
export const roundTo = (value: number, step: number): number => Math.max(step, Math.round(value / step) * step);
