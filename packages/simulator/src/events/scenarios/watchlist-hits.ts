import type { AgencyCode } from '../../agencies.ts';
import { makeContainerNumber } from '../../identifiers.ts';
import { atFacility, pin } from '../locate.ts';
import { describePerson, describeVessel, nationality, sentences, vesselRef } from '../text.ts';
import type { Draft, Scenario, ScenarioContext } from '../types.ts';
import { grade, pickFirm, pickPerson, pickVessel } from './common.ts';

/**
 * Watchlist matches: a traveller in advance passenger data, a vessel announcing arrival, a firm on a new
 * manifest. The match score and what the list entry says are what the duty officer needs to decide quickly.
 */

const LIST_REASONS = [
  'suspected firearms trafficking',
  'prior cash-courier seizure',
  'associate of a lottery-scam network',
  'suspected cocaine logistics',
  'wanted for questioning by the JCF',
  'named in a CBP referral under the CMAA',
] as const;

const AIRPORTS = [
  ['nmia', 5],
  ['sangster', 3],
  ['mia', 2],
  ['fll', 1],
] as const;
const JAMAICAN_PORTS = [
  ['kingston', 6],
  ['montego-bay', 2],
  ['ocho-rios', 1],
  ['port-esquivel', 1],
  ['port-antonio', 1],
] as const;

export const watchlistHit: Scenario = {
  id: 'watchlist_hit.screening',
  kind: 'watchlist_hit',
  weight: 2.2,
  rhythm: 'systems',
  reportDelayMinutes: [0, 15],
  build({ rng, cast, at, operation }: ScenarioContext): Draft {
    const subject = rng.weighted([
      ['traveller', 5],
      ['vessel', 3],
      ['firm', 2],
    ] as const);
    const score = rng.int(78, 100);
    const reason = rng.pick(LIST_REASONS);
    const listOwner = rng.pick(['IMPACS', 'JCF', 'CBP', 'JCA']);
    const matchText = score >= 95 ? 'exact match' : `${score}% match`;
    if (subject === 'traveller') {
      const owner: AgencyCode = rng.weighted([
        ['IMPACS', 5],
        ['CBP', 3],
        ['JCA', 2],
      ] as const);
      const airportId = owner === 'CBP' ? rng.pick(['mia', 'fll']) : rng.weighted(AIRPORTS);
      const where = atFacility(rng, airportId);
      const person = pickPerson(rng, cast);
      const flight = `${rng.pick(['AA', 'B6', 'NK', 'CM', 'JM', 'WS', 'DL'])}${rng.int(100, 2999)}`;
      return {
        kind: 'watchlist_hit',
        title: rng.pick([
          `Watchlist hit: passenger on ${flight} ${where.phrase}`,
          `APIS match (${matchText}) for traveller ${where.phrase}`,
          `Listed person ${person.name} booked through ${where.phrase.replace(/^at /, '')}`,
        ]),
        summary: sentences(
          `${owner === 'IMPACS' ? 'The IMPACS Joint Regional Communications Centre' : owner === 'CBP' ? 'CBP passenger targeting' : 'JCA passenger screening'} matched ${describePerson(person, at)}, on flight ${flight}, to an entry on the ${listOwner} watchlist (${matchText}): ${reason}.`,
          rng.pick([
            'Travelling alone with one checked bag.',
            'Ticket bought in cash two days before travel.',
            'Third trip this quarter.',
            'Travelling with a companion not on any list.',
          ]),
          rng.pick([
            'Recommended: secondary inspection on arrival.',
            'Do not alert the traveller; record and monitor.',
            'Owner of the entry has been notified.',
          ]),
          operation && `Part of ${operation}.`,
        ),
        ownerAgency: owner,
        ...pin(where),
        severity: score >= 95 ? 3 : 2,
        grading: grade(rng, [
          ['A2', 3],
          ['B2', 5],
          ['B3', 2],
        ]),
        subjects: { persons: [person.name] },
        sensitivity: rng.weighted([
          ['sensitive', 5],
          ['restricted', 3],
          ['routine', 1],
        ]),
        audience: owner === 'CBP' ? ['JCA', 'IMPACS'] : owner === 'JCA' ? ['JCF', 'CBP'] : ['JCA', 'JCF', 'CBP'],
      };
    }
    if (subject === 'vessel') {
      const owner: AgencyCode = rng.weighted([
        ['IMPACS', 4],
        ['JCA', 3],
        ['CBP', 2],
      ] as const);
      const portId = owner === 'CBP' ? rng.pick(['port-everglades', 'miami']) : rng.weighted(JAMAICAN_PORTS);
      const where = atFacility(rng, portId);
      const vessel = pickVessel(rng, cast, 'coaster', 'general_cargo', 'fishing', 'yacht', 'container');
      return {
        kind: 'watchlist_hit',
        title: rng.pick([
          `Listed vessel ${vessel.name} arriving ${where.phrase}`,
          `Vessel watchlist hit ${where.phrase}: ${vessel.name}`,
        ]),
        summary: sentences(
          `Pre-arrival notice for ${describeVessel(vessel)} matched an entry on the ${listOwner} watchlist (${matchText}): ${reason}.`,
          `ETA within ${rng.int(2, 30)} hours.`,
          rng.pick([
            'Recommended: rummage search on arrival.',
            'Crew list requested from the agent.',
            'Last boarded without result four months ago.',
          ]),
          operation && `Part of ${operation}.`,
        ),
        ownerAgency: owner,
        ...pin(where),
        severity: score >= 95 ? 3 : 2,
        grading: grade(rng, [
          ['A2', 4],
          ['B2', 4],
          ['B3', 2],
        ]),
        subjects: { vessels: [vesselRef(vessel)] },
        sensitivity: rng.chance(0.6) ? 'sensitive' : 'routine',
        audience: owner === 'IMPACS' ? ['JCA', 'JDFCG', 'USCG'] : owner === 'JCA' ? ['JDFCG', 'CBP'] : ['USCG', 'JCA'],
      };
    }
    const owner: AgencyCode = rng.weighted([
      ['JCA', 5],
      ['CBP', 3],
      ['IMPACS', 2],
    ] as const);
    const portId =
      owner === 'CBP' ? rng.pick(['port-everglades', 'miami', 'jacksonville']) : rng.pick(['kingston', 'montego-bay']);
    const where = atFacility(rng, portId);
    const firm = pickFirm(rng, cast, owner === 'CBP' ? 'US' : 'JM');
    const box = makeContainerNumber(rng);
    const person = rng.chance(0.4) ? pickPerson(rng, cast, 'JM', 'US') : undefined;
    return {
      kind: 'watchlist_hit',
      title: rng.pick([
        `Listed firm ${firm.name} on new manifest ${where.phrase}`,
        `Manifest screening hit ${where.phrase}: ${firm.name}`,
      ]),
      summary: sentences(
        `A new manifest for container ${box} names ${firm.name} (${firm.role}), matching an entry on the ${listOwner} watchlist (${matchText}): ${reason}.`,
        person && `The booking contact, ${person.name} (${nationality(person)}), is also of interest.`,
        rng.pick([
          'Box placed on hold for examination.',
          'Recommended: red-lane selection on lodgement.',
          'Partners asked for any holdings on the firm.',
        ]),
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity: score >= 95 ? 3 : 2,
      grading: grade(rng, [
        ['B2', 5],
        ['B3', 3],
        ['C3', 2],
      ]),
      subjects: { organisations: [firm.name], containers: [box], persons: person ? [person.name] : [] },
      sensitivity: rng.chance(0.6) ? 'sensitive' : 'routine',
      audience: owner === 'CBP' ? ['JCA', 'IMPACS'] : owner === 'JCA' ? ['CBP', 'JCF'] : ['JCA', 'CBP'],
    };
  },
};
