import type { AgencyCode } from '../../agencies.ts';
import { atFacility, pin } from '../locate.ts';
import { capitalise, describePerson, fmtInt, fmtUsd, sentences } from '../text.ts';
import type { Draft, Scenario, ScenarioContext } from '../types.ts';
import { clamp, grade, pickPerson, roundTo } from './common.ts';

/**
 * Undeclared cash: couriers carrying the proceeds of guns and drugs through the airports (Jamaica requires a
 * declaration above US$10,000) and bulk cash hidden in outbound cargo.
 */

// Rough mid-market rate; the demo only needs the order of magnitude right.
const JMD_PER_USD = 156;

const ROUTES: Record<string, readonly string[]> = {
  nmia: ['Miami', 'Fort Lauderdale', 'New York JFK', 'Toronto', 'Panama City'],
  sangster: ['Miami', 'Atlanta', 'Fort Lauderdale', 'Charlotte'],
  mia: ['Kingston', 'Montego Bay', 'Port-au-Prince', 'Nassau'],
  fll: ['Kingston', 'Montego Bay', 'Nassau'],
};

export const cashSeizure: Scenario = {
  id: 'seizure.cash',
  kind: 'seizure',
  weight: 0.7,
  rhythm: 'airport',
  reportDelayMinutes: [30, 240],
  build({ rng, cast, at, operation }: ScenarioContext): Draft {
    const owner: AgencyCode = rng.chance(0.75) ? 'JCA' : 'CBP';
    const airportId =
      owner === 'JCA'
        ? rng.weighted([
            ['nmia', 6],
            ['sangster', 4],
          ] as const)
        : rng.weighted([
            ['mia', 7],
            ['fll', 3],
          ] as const);
    const where = atFacility(rng, airportId);
    const outbound = rng.chance(owner === 'CBP' ? 0.9 : 0.6);
    const city = rng.pick(ROUTES[airportId] ?? ['Miami']);
    const usd = roundTo(clamp(rng.logNormal(28000, 0.75), 10500, 450000), 100);
    const inJmd = owner === 'JCA' && rng.chance(0.25);
    const quantity = inJmd ? roundTo(usd * JMD_PER_USD, 1000) : usd;
    const amount = inJmd ? `J$${fmtInt(quantity)}` : fmtUsd(usd);
    const courier = pickPerson(rng, cast, 'JM', 'US', 'HT');
    const hidden = rng.pick([
      'in the lining of a suitcase',
      'strapped to the body under clothing',
      'in food containers in checked baggage',
      'inside a laptop bag with a false bottom',
      'rolled inside shoes and socks',
      'in sealed coffee bags',
    ]);
    const flight = `${outbound ? 'departing for' : 'arriving from'} ${city}`;
    return {
      kind: 'seizure',
      title: rng.pick([
        `${capitalise(amount)} in undeclared cash seized ${where.phrase}`,
        `Passenger ${flight} found with ${amount} ${hidden}`,
        `Cash courier stopped ${where.phrase}: ${amount} undeclared`,
        `${owner} seizes ${amount} from traveller ${flight}`,
      ]),
      summary: sentences(
        `${describePerson(courier, at)}, a passenger ${flight}, was found with ${amount} ${hidden}${usd >= 10000 ? ' and had declared none of it' : ''}.`,
        rng.pick([
          'Selected by risk profiling of the advance passenger information.',
          'A currency detector dog alerted at the gate.',
          'Inconsistent answers at secondary inspection led to a bag search.',
          'The passenger made three similar trips in the past two months.',
        ]),
        rng.pick([
          'The cash has been detained under the Proceeds of Crime Act pending a forfeiture application.',
          'The Financial Investigations Division has been notified.',
          owner === 'CBP'
            ? 'HSI is examining links to a Kingston-based network.'
            : 'The passenger was allowed to travel; the cash was detained.',
        ]),
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity: usd >= 150000 ? 4 : usd >= 40000 ? 3 : 2,
      grading: grade(rng, [
        ['A1', 9],
        ['A2', 1],
      ]),
      subjects: { persons: [courier.name] },
      seizure: { commodity: 'cash', quantity, unit: inJmd ? 'JMD' : 'USD', estimatedValueUsd: usd },
      sensitivity: rng.chance(0.5) ? 'routine' : 'sensitive',
      audience: owner === 'JCA' ? ['CBP', 'JCF', 'IMPACS'] : ['JCA', 'IMPACS'],
    };
  },
};
