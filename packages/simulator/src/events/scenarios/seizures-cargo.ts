import type { AgencyCode } from '../../agencies.ts';
import { makeContainerNumber } from '../../identifiers.ts';
import { placeById } from '../../places.ts';
import type { Rng } from '../../random.ts';
import { atFacility, pin } from '../locate.ts';
import {
  capitalise,
  count,
  describePerson,
  describeVessel,
  fmtInt,
  fmtUsd,
  list,
  maybe,
  plural,
  sentences,
  vesselRef,
} from '../text.ts';
import type { Draft, Scenario, ScenarioContext } from '../types.ts';
import { clamp, grade, pickFirm, pickPerson, pickVessel, roundTo } from './common.ts';

/**
 * Contraband found in containerised cargo: the Florida-to-Jamaica firearms pipeline (guns hidden in barrels and
 * appliances, found at Kingston and Montego Bay, or by CBP on outbound examination) and cocaine rip-ons in
 * transshipment boxes from South America.
 */

const FLORIDA_PORTS = [
  ['port-everglades', 5],
  ['miami', 4],
  ['jacksonville', 1],
] as const;
const JAMAICAN_PORTS = [
  ['kingston', 6],
  ['montego-bay', 3],
] as const;

interface Concealment {
  short: string;
  long: string;
}

const CONCEALMENTS: readonly Concealment[] = [
  { short: 'a barrel', long: 'in a barrel declared as food items and used clothing' },
  { short: 'a refrigerator', long: 'inside the insulation of a used refrigerator' },
  { short: 'a generator', long: 'in the housing of a portable generator' },
  { short: 'a speaker box', long: 'wrapped in carbon paper inside a speaker box, apparently to defeat the X-ray' },
  { short: 'a used car', long: 'in the door panels of a used motor car shipped ro-ro' },
  { short: 'a water heater', long: 'inside a water heater, behind a re-welded seam' },
  { short: 'a washing machine', long: 'in the drum housing of a washing machine' },
  { short: 'a drum of clothing', long: 'under used clothing in a cardboard drum' },
  { short: 'canned goods', long: 'under a false bottom in a barrel of canned goods' },
  { short: 'auto parts', long: 'among a consignment of auto parts' },
  { short: 'a deep freezer', long: 'in the compressor compartment of a chest freezer' },
  { short: 'a barrel of groceries', long: 'inside cereal and rice packets in a barrel of groceries' },
];

function detection(rng: Rng, owner: AgencyCode): string {
  if (owner === 'CBP') {
    return rng.pick([
      'CBP officers selected the consolidated container for outbound examination after the shipper was flagged by targeting.',
      'An outbound X-ray of the container showed dense shapes inconsistent with the declared household goods.',
      'A CBP canine team alerted on the consignment during an outbound enforcement operation.',
      'Officers opened the container after the declared weight and the scan image did not agree.',
    ]);
  }
  return rng.pick([
    'An X-ray scan showed dense shapes inconsistent with the declared goods.',
    'A JCA detector dog alerted on the consignment in the examination area.',
    'ASYCUDA selectivity put the entry in the red lane: the consignee matches a prior seizure.',
    'Targeting flagged a mismatch between the declared weight and the scan image.',
    'Information passed by CBP under the customs mutual assistance agreement prompted a full examination.',
    'An examination officer noticed the packing had been disturbed during a routine red-lane inspection.',
  ]);
}

function firearmsFollowUp(rng: Rng, owner: AgencyCode, consignee: string | undefined): string {
  if (owner === 'CBP') {
    return rng.pick([
      'HSI has opened an investigation into the shipper and the straw purchases behind the firearms.',
      'Serial numbers have been sent to ATF for eTrace; two appear to have been bought in Broward County within the last month.',
      'The shipper gave a residential address; HSI is following up.',
      'The consignment was bound for a consignee already known to Jamaica Customs; JCA has been informed.',
    ]);
  }
  return rng.pick(
    [
      consignee
        ? `The consignee, ${consignee}, was detained when arriving to clear the goods and handed to the JCF.`
        : undefined,
      'The matter has been referred to the JCF Counter-Terrorism and Organised Crime Investigation Branch (C-TOC).',
      'The firearms were handed to the JCF for ballistic testing; serial numbers have been sent for eTrace.',
      'Investigators are tracing the Florida shipper with CBP and HSI.',
      'No one has come forward to clear the shipment; the consignee address appears false.',
    ].filter((s): s is string => s !== undefined),
  );
}

export const firearmsInCargo: Scenario = {
  id: 'seizure.firearms-cargo',
  kind: 'seizure',
  weight: 2.2,
  rhythm: 'port',
  reportDelayMinutes: [45, 360],
  build({ rng, cast, at, operation }: ScenarioContext): Draft {
    const owner: AgencyCode = rng.chance(0.75) ? 'JCA' : 'CBP';
    const originId = rng.weighted(FLORIDA_PORTS);
    const destinationId = rng.weighted(JAMAICAN_PORTS);
    const origin = placeById(originId);
    const destination = placeById(destinationId);
    const where = atFacility(rng, owner === 'JCA' ? destinationId : originId);

    const n = rng.weighted([
      [1, 30],
      [2, 20],
      [3, 12],
      [4, 8],
      [rng.int(5, 8), 10],
      [rng.int(9, 15), 5],
      [rng.int(16, 40), 2],
    ]);
    const rifles = n >= 3 && rng.chance(0.35) ? rng.int(1, Math.ceil(n / 3)) : 0;
    const pistols = n - rifles;
    const rounds = rng.chance(0.55) ? roundTo(clamp(rng.logNormal(120, 0.9), 10, 5000), 5) : 0;
    const magazines = rng.chance(0.4) ? rng.int(2, 3 * n) : 0;
    const switches = rng.chance(0.12) ? rng.int(1, 4) : 0;
    const weapons = list([
      ...(pistols > 0 ? [plural(pistols, rng.pick(['pistol', 'handgun']))] : []),
      ...(rifles > 0 ? [plural(rifles, 'AR-15-type rifle')] : []),
    ]);
    const value = pistols * rng.float(650, 1100) + rifles * rng.float(900, 1800) + rounds * rng.float(0.6, 1.2);
    const hiding = rng.pick(CONCEALMENTS);
    const container = makeContainerNumber(rng);
    const consignee = maybe(rng, 0.45, () => pickPerson(rng, cast, 'JM'));
    const consigneeFirm = maybe(rng, 0.5, () => pickFirm(rng, cast, 'JM'));
    const shipper = maybe(rng, 0.7, () => pickFirm(rng, cast, 'US'));
    const vessel = maybe(rng, 0.6, () => pickVessel(rng, cast, 'container', 'general_cargo', 'ro_ro'));
    const restricted = rng.chance(0.15);

    const portName = destination.name;
    const from = origin.name;
    const titles =
      owner === 'CBP'
        ? [
            `CBP outbound exam at ${from} finds ${weapons} bound for ${portName}`,
            `${capitalise(weapons)} concealed in ${hiding.short} stopped at ${from} before sailing to Jamaica`,
            `Southbound firearms: ${count(n)} guns found in consolidated container at ${from}`,
          ]
        : [
            `${capitalise(count(n))} ${n === 1 ? 'firearm' : 'firearms'} found in ${hiding.short} at ${portName}`,
            `JCA seizes ${weapons} concealed in ${hiding.short} from ${from}`,
            `Firearms in cargo from ${from}: ${weapons} seized at ${portName}`,
            `${capitalise(weapons)}${rounds > 0 ? ` and ${fmtInt(rounds)} rounds` : ''} intercepted at ${portName} wharf`,
            `Gun shipment stopped at ${portName}: ${hiding.short} held ${count(n)} ${n === 1 ? 'weapon' : 'weapons'}`,
          ];

    const summary = sentences(
      owner === 'CBP'
        ? `CBP officers found ${weapons} ${hiding.long} in container ${container} at ${from}, consigned to ${portName}.`
        : `Customs officers found ${weapons} ${hiding.long} in container ${container}, which arrived at ${portName} from ${from}.`,
      detection(rng, owner),
      rounds > 0 &&
        `${fmtInt(rounds)} rounds of ${rng.pick(['9mm', '.40', '5.56mm', '.45', 'mixed'])} ammunition were in the same consignment.`,
      magazines > 0 &&
        `Also recovered: ${plural(magazines, 'magazine')}${rng.chance(0.5) ? ', several extended' : ''}.`,
      switches > 0 &&
        `${capitalise(plural(switches, 'auto-sear conversion device'))} ("switches") ${switches === 1 ? 'was' : 'were'} among the parts.`,
      vessel && `The box was carried by ${describeVessel(vessel)}.`,
      shipper && `Shipper of record: ${shipper.name}.`,
      consigneeFirm && `Consignee: ${consigneeFirm.name}.`,
      firearmsFollowUp(rng, owner, consignee ? describePerson(consignee, at) : undefined),
      restricted &&
        "A controlled delivery is being considered; do not act on the consignee without the owner's agreement.",
      operation && `Part of ${operation}.`,
    );

    return {
      kind: 'seizure',
      title: rng.pick(titles),
      summary,
      ownerAgency: owner,
      ...pin(where),
      severity: n === 1 ? 3 : n <= 5 ? 4 : 5,
      grading: grade(rng, [
        ['A1', 8],
        ['A2', 2],
        ['B1', 1],
      ]),
      subjects: {
        containers: [container],
        organisations: [shipper?.name, consigneeFirm?.name].filter((s): s is string => s !== undefined),
        persons: consignee ? [consignee.name] : [],
        vessels: vessel ? [vesselRef(vessel)] : [],
      },
      seizure: {
        commodity: 'firearms',
        quantity: n,
        unit: 'items',
        estimatedValueUsd: roundTo(value, 50),
        hsCode: rifles > pistols ? '9303.30' : '9302.00',
      },
      sensitivity: restricted ? 'restricted' : rng.chance(0.3) ? 'routine' : 'sensitive',
      audience: owner === 'JCA' ? ['JCF', 'CBP', 'IMPACS'] : ['JCA', 'IMPACS'],
    };
  },
};

const CALIBRES = [
  { name: '9mm', hs: '9306.30', weight: 5 },
  { name: '.40 S&W', hs: '9306.30', weight: 2 },
  { name: '5.56mm', hs: '9306.30', weight: 2 },
  { name: '7.62x39mm', hs: '9306.30', weight: 1 },
  { name: '.45 ACP', hs: '9306.30', weight: 1 },
  { name: '12-gauge shotgun', hs: '9306.21', weight: 1 },
] as const;

export const ammunitionInCargo: Scenario = {
  id: 'seizure.ammunition-cargo',
  kind: 'seizure',
  weight: 1,
  rhythm: 'port',
  reportDelayMinutes: [45, 300],
  build({ rng, cast, operation }: ScenarioContext): Draft {
    const owner: AgencyCode = rng.chance(0.72) ? 'JCA' : 'CBP';
    const origin = placeById(rng.weighted(FLORIDA_PORTS));
    const destinationId = rng.weighted(JAMAICAN_PORTS);
    const destination = placeById(destinationId);
    const where = atFacility(rng, owner === 'JCA' ? destinationId : origin.id);
    const calibre = rng.weighted(CALIBRES.map((c) => [c, c.weight] as const));
    const rounds = roundTo(clamp(rng.logNormal(300, 0.9), 50, 10000), 10);
    const hiding = rng.pick(CONCEALMENTS);
    const container = makeContainerNumber(rng);
    const shipper = maybe(rng, 0.6, () => pickFirm(rng, cast, 'US'));
    const consignee = maybe(rng, 0.5, () => pickFirm(rng, cast, 'JM'));
    const ammo = `${calibre.name} ${calibre.name.includes('shotgun') ? 'cartridges' : 'ammunition'}`;
    const titles =
      owner === 'CBP'
        ? [
            `CBP stops ${fmtInt(rounds)} rounds bound for ${destination.name} at ${origin.name}`,
            `Outbound exam at ${origin.name}: ${fmtInt(rounds)} rounds of ${ammo} in ${hiding.short}`,
          ]
        : [
            `${fmtInt(rounds)} rounds of ${ammo} seized at ${destination.name}`,
            `Ammunition concealed in ${hiding.short}: ${fmtInt(rounds)} rounds found at ${destination.name}`,
            `JCA intercepts ${fmtInt(rounds)} cartridges in shipment from ${origin.name}`,
          ];
    return {
      kind: 'seizure',
      title: rng.pick(titles),
      summary: sentences(
        `Officers found ${fmtInt(rounds)} rounds of ${ammo} ${hiding.long} in container ${container} (${origin.name} to ${destination.name}).`,
        detection(rng, owner),
        rng.chance(0.35) && `${capitalise(plural(rng.int(2, 12), 'empty magazine'))} were packed with the rounds.`,
        shipper && `Shipper of record: ${shipper.name}.`,
        consignee && `Consignee: ${consignee.name}.`,
        rng.pick([
          'The ammunition has been handed to the JCF for investigation.',
          'Enquiries continue into the consignee.',
          'Ammunition of this calibre matches recent shooting incidents in the Corporate Area.',
          '',
        ]),
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity: rounds >= 1000 ? 4 : rounds >= 250 ? 3 : 2,
      grading: grade(rng, [
        ['A1', 8],
        ['A2', 2],
      ]),
      subjects: {
        containers: [container],
        organisations: [shipper?.name, consignee?.name].filter((s): s is string => s !== undefined),
      },
      seizure: {
        commodity: 'ammunition',
        quantity: rounds,
        unit: 'rounds',
        estimatedValueUsd: roundTo(rounds * rng.float(0.5, 1.6), 10),
        hsCode: calibre.hs,
      },
      sensitivity: rng.chance(0.4) ? 'routine' : 'sensitive',
      audience: owner === 'JCA' ? ['JCF', 'CBP'] : ['JCA', 'IMPACS'],
    };
  },
};

const SOURCE_PORTS = [
  ['cartagena', 4],
  ['santa-marta', 2],
  ['colon', 2],
  ['manzanillo-pa', 2],
  ['caucedo', 1],
] as const;
const ONWARD = ['Rotterdam', 'Antwerp', 'Algeciras', 'Le Havre', 'Port Everglades', 'Savannah'] as const;

const RIP_ON: readonly Concealment[] = [
  {
    short: 'reefer container',
    long: 'in holdalls placed behind the doors of a refrigerated container of bananas (rip-on)',
  },
  { short: 'reefer unit', long: 'inside the evaporator compartment of a reefer unit' },
  { short: 'container floor', long: 'in a cavity cut into the container floor and re-sealed' },
  { short: 'coffee sacks', long: 'among sacks of green coffee, with a cloned seal on the door' },
  { short: 'fruit juice drums', long: 'in drums declared as fruit juice concentrate' },
];

export const cocaineInContainer: Scenario = {
  id: 'seizure.cocaine-container',
  kind: 'seizure',
  weight: 0.35,
  rhythm: 'port',
  reportDelayMinutes: [60, 480],
  build({ rng, cast, operation }: ScenarioContext): Draft {
    const owner: AgencyCode = rng.chance(0.8) ? 'JCA' : 'CBP';
    const source = placeById(rng.weighted(SOURCE_PORTS));
    const where = atFacility(rng, owner === 'JCA' ? 'kingston' : rng.pick(['port-everglades', 'miami']));
    const kg = Math.round(clamp(rng.logNormal(60, 0.8), 5, 600));
    const hiding = rng.pick(RIP_ON);
    const container = makeContainerNumber(rng);
    const vessel = pickVessel(rng, cast, 'container');
    const onward = owner === 'JCA' ? rng.pick(ONWARD) : undefined;
    const location = where.phrase.replace(/^at /, '');
    const value = roundTo(kg * rng.float(20000, 32000), 1000);
    return {
      kind: 'seizure',
      title: rng.pick([
        `${fmtInt(kg)} kg of cocaine found in transshipment container at ${location}`,
        `Cocaine rip-on: ${fmtInt(kg)} kg in ${hiding.short} from ${source.name}`,
        `${owner} finds cocaine in ${hiding.short} arriving from ${source.name}`,
      ]),
      summary: sentences(
        `About ${fmtInt(kg)} kg of cocaine (${plural(Math.max(1, Math.round(kg / 25)), 'holdall')}) ${kg === 1 ? 'was' : 'were'} found ${hiding.long}.`,
        `Container ${container} was loaded at ${source.name} on ${describeVessel(vessel)}${onward ? ` for onward shipment to ${onward}` : ''}.`,
        rng.pick([
          'Risk targeting selected the box for a scan on discharge.',
          'The seal number did not match the one on the bill of lading.',
          'A detector dog alerted during a routine check of the reefer stack.',
        ]),
        rng.pick([
          'The owner of the goods appears unaware; the load was probably added at origin.',
          'Terminal staff access logs are being reviewed.',
          'Partners at the port of origin have been informed through the RIFC.',
        ]),
        `Estimated wholesale value ${fmtUsd(value)}.`,
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity: kg >= 200 ? 5 : kg >= 30 ? 4 : 3,
      grading: grade(rng, [
        ['A1', 9],
        ['A2', 1],
      ]),
      subjects: { containers: [container], vessels: [vesselRef(vessel)] },
      seizure: { commodity: 'cocaine', quantity: kg, unit: 'kg', estimatedValueUsd: value },
      sensitivity: rng.chance(0.4) ? 'restricted' : 'sensitive',
      audience: owner === 'JCA' ? ['CBP', 'JCF', 'IMPACS'] : ['JCA', 'USCG', 'IMPACS'],
    };
  },
};
