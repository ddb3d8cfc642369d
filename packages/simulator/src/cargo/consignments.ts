import type { ConsignmentInput } from '@tidewatch/contracts';
import { createCast } from '../cast.ts';
import { makeContainerNumber } from '../identifiers.ts';
import { createRng, type Seed } from '../random.ts';
import type { ScenarioActor } from '../traffic/scenarios.ts';
import { LEGIT_GOODS } from './goods.ts';

export interface CargoRosterVessel {
  mmsi: number;
  name: string;
  kind: string;
  /** The vessel's flag (ISO 3166-1 alpha-2), declared on its manifests. */
  flag?: string;
}

export interface SeededCase {
  billOfLading: string;
  /** Which scenario actor carries it, so its AIS behaviour lines up with the manifest's story. */
  scenario: ScenarioActor['kind'];
  mmsi: number;
  story: string;
}

export interface DemoCargo {
  consignments: ConsignmentInput[];
  cases: SeededCase[];
}

const LANES: readonly (readonly [string, string])[] = [
  ['USMIA', 'JMKIN'],
  ['USPEF', 'JMKIN'],
  ['USPEF', 'BSNAS'],
  ['PAONX', 'JMKIN'],
  ['COCTG', 'USMIA'],
  ['JMKIN', 'HTPAP'],
  ['PRSJU', 'DOSDQ'],
  ['USMIA', 'TTPOS'],
  ['JMKIN', 'USPEF'],
  ['BSFPO', 'USMIA'],
  ['PAONX', 'USPEF'],
  ['DOSDQ', 'JMKIN'],
];

const mmsiText = (mmsi: number): string => String(mmsi).padStart(9, '0');
const iso = (ms: number): string => new Date(ms).toISOString();
const DAY = 24 * 3_600_000;

/**
 * Consignments carried by the simulated fleet: ordinary trade on container and cargo ships, plus seeded
 * smuggling cases on the scenario vessels, so a manifest's risk and the carrier's AIS behaviour tell one
 * story (pistols declared as household goods in barrels from Port Everglades on the ship that loiters off
 * Kingston; ammunition as food on the ship that meets a fishing boat at sea; cocaine in bananas on a ship
 * that goes dark). Pure and deterministic by seed.
 */
export function generateDemoCargo(options: {
  seed: Seed;
  roster: readonly CargoRosterVessel[];
  scenarios: readonly ScenarioActor[];
  now: number;
  count?: number;
}): DemoCargo {
  const rng = createRng(`${options.seed}-cargo`);
  const cast = createCast(options.seed);
  const firms = cast.firms;
  const firm = (role: string) =>
    rng.pick(firms.filter((f) => f.role === role).length > 0 ? firms.filter((f) => f.role === role) : firms);
  const carriers = options.roster.filter(
    (v) => v.kind === 'container' || v.kind === 'general_cargo' || v.kind === 'bulk',
  );
  const consignments: ConsignmentInput[] = [];
  const count = options.count ?? 60;
  for (let i = 0; i < count && carriers.length > 0; i++) {
    const vessel = rng.pick(carriers);
    const goods = rng.pick(LEGIT_GOODS);
    const [origin, destination] = rng.pick(LANES);
    const shipper = firm('shipper');
    const consignee = firm('consignee');
    const etd = options.now - rng.float(0.5, 6) * DAY;
    const owner = destination.startsWith('JM') ? 'JCA' : destination.startsWith('US') ? 'CBP' : 'IMPACS';
    consignments.push({
      billOfLading: `TWB${String(options.seed).slice(-4)}${String(i).padStart(5, '0')}`,
      ownerAgency: owner,
      releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
      containers: Array.from({ length: rng.int(1, 3) }, () => makeContainerNumber(rng)),
      shipper: { name: shipper.name, country: shipper.country },
      consignee: { name: consignee.name, country: consignee.country },
      hsCodes: [goods.hs],
      goodsDescription: goods.description,
      packages: { count: rng.int(10, 900), kind: goods.packages },
      originLocode: origin,
      destinationLocode: destination,
      carrier: { mmsi: mmsiText(vessel.mmsi), name: vessel.name, ...(vessel.flag ? { flag: vessel.flag } : {}) },
      voyage: `${rng.int(100, 999)}${rng.pick(['N', 'S', 'E', 'W'])}`,
      etd: iso(etd),
      eta: iso(etd + rng.float(2, 6) * DAY),
    });
  }

  const cases: SeededCase[] = [];
  const actor = (kind: ScenarioActor['kind']) => options.scenarios.find((s) => s.kind === kind);
  const carrierOf = (mmsi: number): { mmsi: string; name: string; flag?: string } => {
    const v = options.roster.find((r) => r.mmsi === mmsi);
    return { mmsi: mmsiText(mmsi), name: v?.name ?? 'UNKNOWN', ...(v?.flag ? { flag: v.flag } : {}) };
  };
  const cmaa = { tlp: 'AMBER' as const, recipients: [], sharingGroups: ['jca-cbp-cmaa'] };

  const loiter = actor('loiter');
  if (loiter) {
    const mmsi = loiter.mmsis[0] ?? 0;
    const box = makeContainerNumber(rng, 'SEGU');
    // One digit off: the manifest's container number fails its ISO 6346 check digit.
    const forged = `${box.slice(0, 10)}${(Number(box.slice(10)) + 1) % 10}`;
    const bill = `TWX${String(options.seed).slice(-4)}PEF01`;
    consignments.push({
      billOfLading: bill,
      ownerAgency: 'JCA',
      releasability: cmaa,
      containers: [forged],
      shipper: { name: 'Sunshine Barrel Shipping LLC', country: 'US' },
      consignee: { name: firm('consignee').name, country: 'JM' },
      hsCodes: ['6309.00'],
      goodsDescription: 'Household goods and used clothing in barrels, personal effects; 2 pistols wrapped in clothing',
      packages: { count: 14, kind: 'barrels' },
      originLocode: 'USPEF',
      destinationLocode: 'JMKIN',
      carrier: carrierOf(mmsi),
      voyage: '041S',
      etd: iso(options.now - 2 * DAY),
      eta: iso(options.now + DAY),
    });
    cases.push({
      billOfLading: bill,
      scenario: 'loiter',
      mmsi,
      story:
        'pistols declared as household goods in barrels from Port Everglades; the carrier loiters off Kingston before berthing',
    });
  }

  const meet = actor('rendezvous');
  if (meet) {
    const mmsi = meet.mmsis[0] ?? 0;
    const bill = `TWX${String(options.seed).slice(-4)}MIA02`;
    consignments.push({
      billOfLading: bill,
      ownerAgency: 'JCA',
      releasability: cmaa,
      containers: [makeContainerNumber(rng)],
      shipper: { name: firm('shipper').name, country: 'US' },
      consignee: { name: firm('consignee').name, country: 'JM' },
      hsCodes: ['2106.90'],
      goodsDescription: 'Food items and groceries; ammunition cartridges 9 mm',
      packages: { count: 30, kind: 'drums' },
      originLocode: 'USMIA',
      destinationLocode: 'JMKIN',
      carrier: carrierOf(mmsi),
      voyage: '112S',
      etd: iso(options.now - DAY),
      eta: iso(options.now + 2 * DAY),
    });
    cases.push({
      billOfLading: bill,
      scenario: 'rendezvous',
      mmsi,
      story: 'ammunition declared as food in drums from Miami; the carrier meets a fishing boat south of Jamaica',
    });
  }

  const dark = actor('dark');
  if (dark) {
    const mmsi = dark.mmsis[0] ?? 0;
    const bill = `TWX${String(options.seed).slice(-4)}CTG03`;
    // A false flag: the manifest declares a flag the carrier's MMSI was not issued by (its MID says otherwise).
    const falseFlag = carrierOf(mmsi).flag === 'PA' ? 'LR' : 'PA';
    consignments.push({
      billOfLading: bill,
      ownerAgency: 'CBP',
      releasability: cmaa,
      containers: [makeContainerNumber(rng)],
      shipper: { name: firm('shipper').name, country: 'CO' },
      consignee: { name: firm('consignee').name, country: 'US' },
      hsCodes: ['0803.90'],
      goodsDescription: 'Fresh bananas',
      packages: { count: 1800, kind: 'cartons' },
      originLocode: 'COCTG',
      transshipmentLocodes: ['PAONX'],
      destinationLocode: 'USPEF',
      carrier: { ...carrierOf(mmsi), flag: falseFlag },
      voyage: '077N',
      etd: iso(options.now - 3 * DAY),
      eta: iso(options.now + DAY),
    });
    cases.push({
      billOfLading: bill,
      scenario: 'dark',
      mmsi,
      story: `bananas from Cartagena via Colon to Port Everglades; the manifest declares the carrier ${falseFlag}-flagged, its MMSI's MID does not; it goes dark for hours on the way`,
    });
  }
  return { consignments, cases };
}
