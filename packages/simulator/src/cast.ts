import { makeCallSign, makeImo, makeMmsi, type FlagCode } from './identifiers.ts';
import {
  BOAT_NAMES,
  FIRM_WORDS,
  FIRST_NAMES,
  JM_TRADES,
  OTHER_TRADES,
  SHIP_NAME_FIRST,
  SHIP_NAME_SECOND,
  SURNAMES,
  US_TRADES,
  YACHT_NAMES,
  type Nationality,
} from './names.ts';
import { createRng, type Rng, type Seed } from './random.ts';

/**
 * The recurring cast of a demo world: vessels, firms and people that events refer to again and again. One cast
 * per seed, so a watchlist hit next week can name the feeder ship that carried last month's firearms and the
 * dashboard's correlations have something real to find.
 */

export type VesselType =
  | 'container'
  | 'general_cargo'
  | 'ro_ro'
  | 'bulk'
  | 'tanker'
  | 'coaster'
  | 'fishing'
  | 'canoe'
  | 'yacht';

export interface CastVessel {
  name: string;
  type: VesselType;
  flag: FlagCode;
  mmsi?: string;
  imo?: string;
  callSign?: string;
}

export interface CastFirm {
  name: string;
  country: 'JM' | 'US' | 'CO' | 'PA' | 'HT';
  role: 'consignee' | 'shipper' | 'forwarder' | 'agent';
}

export interface CastPerson {
  name: string;
  nationality: Nationality;
  birthYear: number;
}

export interface Cast {
  vessels: readonly CastVessel[];
  firms: readonly CastFirm[];
  persons: readonly CastPerson[];
}

const SIZE = { merchant: 16, bulk: 4, coasters: 6, fishing: 12, canoes: 14, yachts: 8, firms: 36, persons: 90 };

function merchant(rng: Rng, used: Set<string>, type: VesselType, flag: FlagCode): CastVessel {
  let name = '';
  do name = `${rng.pick(SHIP_NAME_FIRST)} ${rng.pick(SHIP_NAME_SECOND)}`.toUpperCase();
  while (used.has(name));
  used.add(name);
  return { name, type, flag, mmsi: makeMmsi(rng, flag), imo: makeImo(rng), callSign: makeCallSign(rng, flag) };
}

function smallCraft(
  rng: Rng,
  used: Set<string>,
  pool: readonly string[],
  type: VesselType,
  flag: FlagCode,
): CastVessel {
  const free = pool.filter((n) => !used.has(n));
  const name = free.length > 0 ? rng.pick(free) : `${rng.pick(pool)} ${rng.int(2, 9)}`;
  used.add(name);
  // Canoes rarely carry AIS; fishing boats over 15 m and yachts usually do.
  const hasAis = type !== 'canoe' || rng.chance(0.15);
  return {
    name,
    type,
    flag,
    ...(hasAis ? { mmsi: makeMmsi(rng, flag) } : {}),
    ...(type === 'fishing' && rng.chance(0.3) ? { imo: makeImo(rng) } : {}),
    ...(type !== 'canoe' ? { callSign: makeCallSign(rng, flag) } : {}),
  };
}

function person(rng: Rng, used: Set<string>, nationality: Nationality): CastPerson {
  let name = '';
  do name = `${rng.pick(FIRST_NAMES[nationality])} ${rng.pick(SURNAMES[nationality])}`;
  while (used.has(name));
  used.add(name);
  return { name, nationality, birthYear: rng.int(1968, 2004) };
}

export function createCast(seed: Seed): Cast {
  const rng = createRng(seed, 'cast');
  const vesselNames = new Set<string>();
  const vessels: CastVessel[] = [];
  for (let i = 0; i < SIZE.merchant; i++) {
    const type = rng.weighted<VesselType>([
      ['container', 6],
      ['general_cargo', 2],
      ['ro_ro', 1],
    ]);
    vessels.push(
      merchant(
        rng,
        vesselNames,
        type,
        rng.weighted<FlagCode>([
          ['PA', 4],
          ['LR', 4],
          ['AG', 2],
          ['MH', 2],
          ['BS', 1],
          ['JM', 1],
          ['US', 1],
        ]),
      ),
    );
  }
  for (let i = 0; i < SIZE.bulk; i++) {
    vessels.push(
      merchant(rng, vesselNames, rng.pick<VesselType>(['bulk', 'tanker']), rng.pick<FlagCode>(['PA', 'LR', 'MH'])),
    );
  }
  for (let i = 0; i < SIZE.coasters; i++) {
    vessels.push(merchant(rng, vesselNames, 'coaster', rng.pick<FlagCode>(['BZ', 'VC', 'HN', 'HT', 'DO'])));
  }
  for (let i = 0; i < SIZE.fishing; i++) {
    const flag = rng.weighted<FlagCode>([
      ['JM', 6],
      ['HN', 2],
      ['CO', 1],
      ['DO', 1],
      ['HT', 1],
      ['VC', 1],
    ]);
    vessels.push(smallCraft(rng, vesselNames, BOAT_NAMES, 'fishing', flag));
  }
  for (let i = 0; i < SIZE.canoes; i++) {
    vessels.push(
      smallCraft(
        rng,
        vesselNames,
        BOAT_NAMES,
        'canoe',
        rng.weighted<FlagCode>([
          ['JM', 5],
          ['HT', 2],
        ]),
      ),
    );
  }
  for (let i = 0; i < SIZE.yachts; i++) {
    vessels.push(
      smallCraft(
        rng,
        vesselNames,
        YACHT_NAMES,
        'yacht',
        rng.weighted<FlagCode>([
          ['US', 3],
          ['BS', 1],
        ]),
      ),
    );
  }

  const firmNames = new Set<string>();
  const firms: CastFirm[] = [];
  for (let i = 0; i < SIZE.firms; i++) {
    const country = rng.weighted<CastFirm['country']>([
      ['JM', 5],
      ['US', 4],
      ['CO', 1],
      ['PA', 1],
      ['HT', 1],
    ]);
    const trades = country === 'JM' ? JM_TRADES : country === 'US' ? US_TRADES : OTHER_TRADES;
    let name = '';
    do name = `${rng.pick(FIRM_WORDS)} ${rng.pick(trades)}`;
    while (firmNames.has(name));
    firmNames.add(name);
    const role: CastFirm['role'] =
      country === 'JM' ? 'consignee' : country === 'US' ? rng.pick(['shipper', 'forwarder'] as const) : 'agent';
    firms.push({ name, country, role });
  }

  const personNames = new Set<string>();
  const persons: CastPerson[] = [];
  for (let i = 0; i < SIZE.persons; i++) {
    const nationality = rng.weighted<Nationality>([
      ['JM', 10],
      ['US', 2],
      ['HT', 2],
      ['CO', 2],
      ['VE', 1],
      ['BS', 1],
      ['DO', 1],
    ]);
    persons.push(person(rng, personNames, nationality));
  }
  return { vessels, firms, persons };
}

export const vesselsOfType = (cast: Cast, ...types: VesselType[]): CastVessel[] =>
  cast.vessels.filter((v) => types.includes(v.type));
