import type { AgencyCode } from '../../agencies.ts';
import type { CastPerson, CastVessel } from '../../cast.ts';
import type { Rng } from '../../random.ts';
import { atFacility, atSea, onShore, pin, type Located } from '../locate.ts';
import {
  capitalise,
  count,
  describeVessel,
  fmtInt,
  fmtUsd,
  list,
  nationality,
  plural,
  sentences,
  vesselRef,
} from '../text.ts';
import type { Draft, Scenario, ScenarioContext, VesselRef } from '../types.ts';
import { clamp, grade, pickPersons, pickVessel, roundTo } from './common.ts';

/**
 * Drugs taken at sea and on the coast: cocaine moving north from Colombia and Venezuela by go-fast and fishing
 * boat through the Jamaica and Windward passages, and Jamaican cannabis ("compressed ganja") leaving by canoe
 * for Haiti, where it is traded for guns.
 */

/** Where each coast guard works: JDFCG around Jamaica and its banks, USCG across the transit zone. */
const SEA_BY_OWNER: Record<'JDFCG' | 'USCG', readonly (readonly [string, number])[]> = {
  JDFCG: [
    ['pedro-bank', 4],
    ['south-of-portland-point', 3],
    ['alligator-pond-offshore', 2],
    ['morant-cays', 2],
    ['jamaica-channel', 2],
    ['off-morant-point', 1],
    ['navassa', 1],
    ['off-negril', 1],
  ],
  USCG: [
    ['caribbean-transit', 4],
    ['off-la-guajira', 2],
    ['windward-passage', 2],
    ['jamaica-channel', 2],
    ['florida-straits', 2],
    ['tiburon', 1],
    ['navassa', 1],
  ],
};

const LANDING_SITES = [
  ['portland-cottage', 3],
  ['clarendon-coast', 2],
  ['old-harbour-bay', 2],
  ['treasure-beach', 2],
  ['black-river', 2],
  ['alligator-pond', 2],
  ['whitehouse', 1],
  ['savanna-la-mar', 1],
  ['negril', 1],
  ['morant-bay', 1],
  ['port-maria', 1],
  ['discovery-bay', 1],
] as const;

const crewNames = (crew: readonly CastPerson[]): string => list(crew.map((p) => `${p.name} (${nationality(p)})`));

interface Craft {
  /** In a sentence: "a go-fast with twin 250 hp outboards". */
  label: string;
  /** In a title: "go-fast", "fishing vessel". */
  short: string;
  vessel?: CastVessel;
  ref?: VesselRef;
}

function craftFor(rng: Rng, ctx: ScenarioContext, owner: AgencyCode): Craft {
  const roll = rng.weighted([
    ['go-fast', 65],
    ['fishing', 25],
    ['coaster', 5],
    ['semi-submersible', owner === 'USCG' ? 5 : 0],
  ]);
  if (roll === 'fishing' || roll === 'coaster') {
    const vessel = pickVessel(rng, ctx.cast, roll);
    const short = roll === 'fishing' ? 'fishing vessel' : 'coastal freighter';
    return { label: describeVessel(vessel), short, vessel, ref: vesselRef(vessel) };
  }
  if (roll === 'semi-submersible') {
    return {
      label: 'a low-profile semi-submersible',
      short: 'semi-submersible',
      ref: { name: 'Unnamed semi-submersible' },
    };
  }
  const engines = rng.pick(['twin 200 hp', 'twin 250 hp', 'triple 200 hp', 'quadruple 300 hp']);
  return { label: `a go-fast with ${engines} outboards`, short: 'go-fast', ref: { name: 'Unnamed go-fast' } };
}

const unitName = (owner: AgencyCode): string =>
  owner === 'USCG' ? 'a US Coast Guard cutter' : 'a JDF Coast Guard vessel';

export const cocaineAtSea: Scenario = {
  id: 'seizure.cocaine-sea',
  kind: 'seizure',
  weight: 0.9,
  rhythm: 'sea',
  reportDelayMinutes: [90, 720],
  build(ctx: ScenarioContext): Draft {
    const { rng, cast, operation } = ctx;
    const owner = rng.chance(0.55) ? 'JDFCG' : 'USCG';
    const where = atSea(rng, rng.weighted(SEA_BY_OWNER[owner]));
    const craft = craftFor(rng, ctx, owner);
    const median = craft.vessel ? 150 : 400;
    const kg = roundTo(clamp(rng.logNormal(median, 0.55), 20, 2200), 5);
    const bales = Math.max(1, Math.round(kg / rng.pick([20, 25, 30])));
    const jettisoned = rng.chance(0.35);
    const crew = pickPersons(rng, cast, rng.int(2, craft.vessel ? 6 : 4), 'CO', 'VE', 'JM', 'HT');
    const named = crew.slice(0, rng.int(0, crew.length));
    const value = roundTo(kg * rng.float(18000, 30000), 1000);
    const unit = unitName(owner);
    const detectedBy = rng.pick(
      owner === 'USCG'
        ? [
            'a maritime patrol aircraft',
            'a CBP Air and Marine Operations P-3',
            'a tip passed through the RIFC',
            "the cutter's own radar",
          ]
        : [
            'the JDF Air Wing',
            'shore radar',
            'a tip passed through the RIFC',
            'a USCG patrol aircraft under the shiprider agreement',
          ],
    );
    return {
      kind: 'seizure',
      title: rng.pick([
        `${owner === 'USCG' ? 'Coast Guard cutter' : 'JDF Coast Guard'} interdicts ${craft.short} ${where.phrase}; ${fmtInt(kg)} kg cocaine seized`,
        `${fmtInt(kg)} kg of cocaine seized from ${craft.vessel ? craft.vessel.name : craft.short} ${where.phrase}`,
        `${capitalise(count(bales))} ${bales === 1 ? 'bale' : 'bales'} of cocaine ${jettisoned ? 'recovered from the water' : 'seized'} ${where.phrase}`,
        `${owner === 'USCG' ? 'USCG' : 'JDFCG'} seizes ${fmtInt(kg)} kg cocaine ${where.phrase}, ${plural(crew.length, 'suspect')} detained`,
      ]),
      summary: sentences(
        `${capitalise(unit)} stopped ${craft.label} ${where.phrase} after it was detected by ${detectedBy}.`,
        jettisoned
          ? `The crew threw bales overboard during the pursuit; ${count(bales)} were recovered, about ${fmtInt(kg)} kg.`
          : `A search found ${count(bales)} ${bales === 1 ? 'bale' : 'bales'}, about ${fmtInt(kg)} kg, ${craft.vessel ? 'in a hidden compartment below the fish hold' : 'under a tarpaulin in the bow'}.`,
        'Field tests were positive for cocaine.',
        named.length > 0
          ? `${capitalise(plural(crew.length, 'crew member'))} detained, including ${crewNames(named)}.`
          : `${capitalise(plural(crew.length, 'crew member'))} detained; identities being confirmed.`,
        `Estimated wholesale value ${fmtUsd(value)}.`,
        owner === 'USCG' &&
          rng.chance(0.4) &&
          'A Jamaican shiprider was embarked; jurisdiction is being settled under the 1997 agreement.',
        rng.pick([
          owner === 'USCG'
            ? 'Crew and contraband will be landed in Miami for prosecution.'
            : 'Crew and drugs are being taken to Port Royal.',
          owner === 'USCG'
            ? 'Crew and contraband will be transferred to the JDF Coast Guard.'
            : 'The JCF Narcotics Division will take over the case on landing.',
          'The vessel was sunk as a hazard to navigation after evidence was taken.',
          'The vessel is under tow.',
        ]),
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity: kg >= 500 ? 5 : kg >= 100 ? 4 : 3,
      grading: grade(rng, [
        ['A1', 7],
        ['A2', 3],
      ]),
      subjects: {
        vessels: craft.ref ? [craft.ref] : [],
        persons: named.map((p) => p.name),
      },
      seizure: { commodity: 'cocaine', quantity: kg, unit: 'kg', estimatedValueUsd: value },
      sensitivity: rng.weighted([
        ['routine', 3],
        ['sensitive', 6],
        ['restricted', 1],
      ]),
      audience: owner === 'JDFCG' ? ['USCG', 'JCF', 'IMPACS'] : ['JDFCG', 'CBP', 'IMPACS'],
    };
  },
};

export const cocaineOnCoast: Scenario = {
  id: 'seizure.cocaine-coast',
  kind: 'seizure',
  weight: 0.35,
  rhythm: 'night',
  reportDelayMinutes: [60, 480],
  build({ rng, cast, at, operation }: ScenarioContext): Draft {
    const where = onShore(rng, rng.weighted(LANDING_SITES));
    const kg = roundTo(clamp(rng.logNormal(45, 0.8), 5, 300), 1);
    const washedUp = rng.chance(0.4);
    const arrested = washedUp ? [] : pickPersons(rng, cast, rng.int(0, 3), 'JM');
    const value = roundTo(kg * rng.float(8000, 15000), 500);
    return {
      kind: 'seizure',
      title: washedUp
        ? rng.pick([
            `Packages of cocaine wash ashore ${where.phrase}`,
            `${fmtInt(kg)} kg of cocaine found on the beach ${where.phrase}`,
          ])
        : rng.pick([
            `Police intercept cocaine landing ${where.phrase}: ${fmtInt(kg)} kg seized`,
            `${fmtInt(kg)} kg cocaine recovered in coastal operation ${where.phrase}`,
            `Narcotics police find ${fmtInt(kg)} kg of cocaine hidden near the shoreline ${where.phrase}`,
          ]),
      summary: sentences(
        washedUp
          ? `Fishermen reported ${count(Math.max(1, Math.round(kg / 1.1)))} taped packages on the shore; police recovered about ${fmtInt(kg)} kg, likely jettisoned from a go-fast.`
          : `Acting on information, the JCF Narcotics Division found about ${fmtInt(kg)} kg of cocaine ${rng.pick(['in a makeshift hut among the mangroves', 'buried in sand near the fishing beach', 'in a parked van near the landing site', 'in a canoe pulled up on the beach'])}.`,
        arrested.length > 0 &&
          `Arrested: ${list(arrested.map((p) => `${p.name} (${at.getUTCFullYear() - p.birthYear})`))}.`,
        `Estimated local value ${fmtUsd(value)}.`,
        rng.pick([
          'The JDF Coast Guard is checking for more packages offshore.',
          'Enquiries continue.',
          'Residents are asked to hand in any further packages found.',
        ]),
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: 'JCF',
      ...pin(where),
      severity: kg >= 100 ? 4 : 3,
      grading: grade(rng, [
        ['A1', 6],
        ['B1', 2],
        ['B2', 2],
      ]),
      subjects: { persons: arrested.map((p) => p.name) },
      seizure: { commodity: 'cocaine', quantity: kg, unit: 'kg', estimatedValueUsd: value },
      sensitivity: washedUp ? 'routine' : 'sensitive',
      audience: ['JDFCG', 'JCA', 'IMPACS'],
    };
  },
};

const HAITI_BOUND = 'bound for Haiti, where ganja is traded for guns and ammunition';

export const cannabis: Scenario = {
  id: 'seizure.cannabis',
  kind: 'seizure',
  weight: 0.9,
  rhythm: 'night',
  reportDelayMinutes: [60, 600],
  build({ rng, cast, operation }: ScenarioContext): Draft {
    const owner = rng.weighted([
      ['JCF', 55],
      ['JDFCG', 35],
      ['JCA', 10],
    ] as const);
    let where: Located;
    let setting: string;
    let vessels: VesselRef[] = [];
    if (owner === 'JCA') {
      where = atFacility(rng, rng.pick(['kingston', 'montego-bay']));
      setting = `in an export consignment declared as ${rng.pick(['ackee and callaloo', 'furniture', 'sauces and condiments', 'personal effects'])}`;
    } else if (owner === 'JDFCG') {
      where = atSea(
        rng,
        rng.pick([
          'morant-cays',
          'jamaica-channel',
          'navassa',
          'tiburon',
          'portland-cottage',
          'old-harbour-bay',
          'treasure-beach',
        ]),
      );
      const canoe = pickVessel(rng, cast, 'canoe');
      vessels = [vesselRef(canoe)];
      setting = `aboard the canoe ${canoe.name}, ${rng.chance(0.6) ? HAITI_BOUND : 'heading south at speed'}`;
    } else {
      where = onShore(rng, rng.weighted(LANDING_SITES));
      setting = rng.pick([
        'in sacks hidden in bushes near the shoreline, apparently staged for a boat',
        'in a canoe prepared for departure, with extra fuel drums aboard',
        'in a house near the fishing beach',
        `in a canoe ${HAITI_BOUND}`,
      ]);
    }
    const inPounds = owner === 'JCF' && rng.chance(0.7);
    const kg = clamp(rng.logNormal(owner === 'JCA' ? 40 : 180, 0.85), 5, 3000);
    const quantity = inPounds ? roundTo(kg * 2.2046, 10) : roundTo(kg, 1);
    const unit = inPounds ? 'lb' : 'kg';
    const value = roundTo(kg * rng.float(80, 250), 100);
    const arrested = pickPersons(rng, cast, rng.int(0, 3), 'JM', 'HT');
    const amount = `${fmtInt(quantity)} ${unit}`;
    return {
      kind: 'seizure',
      title: rng.pick([
        `${amount} of compressed ganja seized ${where.phrase}`,
        `${owner === 'JDFCG' ? 'Coast Guard' : owner === 'JCA' ? 'Customs' : 'Police'} seize ${amount} of cannabis ${where.phrase}`,
        `Ganja shipment stopped ${where.phrase}: ${amount}`,
        `${capitalise(amount)} of marijuana found ${setting.split(',')[0] ?? setting}`,
      ]),
      summary: sentences(
        `${capitalise(amount)} of compressed cannabis ${inPounds ? 'were' : 'was'} found ${setting}.`,
        arrested.length > 0
          ? `${capitalise(plural(arrested.length, 'person', 'people'))} arrested: ${list(arrested.map((p) => p.name))}.`
          : 'No arrests; the men ran off when the team approached.',
        `Estimated value ${fmtUsd(value)}.`,
        owner === 'JCF' && rng.chance(0.3) && 'The same landing site was used for a firearms delivery last month.',
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity: kg >= 2000 ? 4 : kg >= 400 ? 3 : 2,
      grading: grade(rng, [
        ['A1', 7],
        ['B1', 2],
        ['B2', 1],
      ]),
      subjects: { vessels, persons: arrested.map((p) => p.name) },
      seizure: { commodity: 'cannabis', quantity, unit, estimatedValueUsd: value },
      sensitivity: rng.chance(0.55) ? 'routine' : 'sensitive',
      audience: owner === 'JCA' ? ['JCF', 'CBP'] : owner === 'JDFCG' ? ['JCF', 'USCG', 'IMPACS'] : ['JDFCG', 'JCA'],
    };
  },
};
