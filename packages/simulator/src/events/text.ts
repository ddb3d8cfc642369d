import type { CastPerson, CastVessel } from '../cast.ts';
import { FLAG_STATES } from '../identifiers.ts';
import type { Rng } from '../random.ts';
import type { VesselRef } from './types.ts';

/** Small wording helpers shared by the scenarios, so numbers and names read the same everywhere. */

/** "12,345". Hand-rolled: toLocaleString builds an ICU formatter per call, which dominated generation time. */
export const fmtInt = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "US$45,000", "US$1.2 million". */
export function fmtUsd(n: number): string {
  if (n >= 1e6) return `US$${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)} million`;
  return `US$${fmtInt(n)}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Newsroom style: words below ten, figures above. */
export const count = (n: number): string => NUMBER_WORDS[n] ?? fmtInt(n);

/** "one pistol", "three pistols", "12 magazines". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "A, B and C". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Joins sentences, dropping empty ones, so optional clauses need no special cases. */
export const sentences = (...parts: readonly (string | false | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' ');

export const flagName = (v: CastVessel): string => FLAG_STATES[v.flag].name;

/** How a vessel is named in prose: "the Panama-flagged container ship AMBER TRADER (IMO 9412345)". */
export function describeVessel(v: CastVessel): string {
  const type: Record<CastVessel['type'], string> = {
    container: 'container ship',
    general_cargo: 'general cargo ship',
    ro_ro: 'ro-ro vessel',
    bulk: 'bulk carrier',
    tanker: 'tanker',
    coaster: 'coastal freighter',
    fishing: 'fishing vessel',
    canoe: 'canoe',
    yacht: 'pleasure craft',
  };
  const id = v.imo ? ` (IMO ${v.imo})` : v.mmsi ? ` (MMSI ${v.mmsi})` : '';
  return `the ${flagName(v)}-flagged ${type[v.type]} ${v.name}${id}`;
}

/** The identifiers a vessel subject carries. */
export const vesselRef = (v: CastVessel): VesselRef => ({
  name: v.name,
  ...(v.mmsi ? { mmsi: v.mmsi } : {}),
  ...(v.imo ? { imo: v.imo } : {}),
  ...(v.callSign ? { callSign: v.callSign } : {}),
});

const NATIONALITY: Record<CastPerson['nationality'], string> = {
  JM: 'Jamaican',
  US: 'US',
  HT: 'Haitian',
  CO: 'Colombian',
  VE: 'Venezuelan',
  BS: 'Bahamian',
  DO: 'Dominican',
};
export const nationality = (p: CastPerson): string => NATIONALITY[p.nationality];

/** "a 34-year-old Jamaican man": age from the event's year so it stays right whatever the demo date. */
export function describePerson(p: CastPerson, at: Date): string {
  const age = at.getUTCFullYear() - p.birthYear;
  return `${p.name} (${age}, ${nationality(p)})`;
}

/** Compass point from a bearing in degrees. */
export const compass = (deg: number): string =>
  ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'][
    Math.round((((deg % 360) + 360) % 360) / 45) % 8
  ] ?? 'north';

export const maybe = <T>(rng: Rng, p: number, value: () => T): T | undefined => (rng.chance(p) ? value() : undefined);
