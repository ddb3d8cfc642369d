import { atSea, pin } from '../locate.ts';
import { capitalise, count, describeVessel, list, nationality, plural, sentences, vesselRef } from '../text.ts';
import type { Draft, Scenario, ScenarioContext } from '../types.ts';
import { grade, pickPersons, pickVessel } from './common.ts';

/**
 * Stops at sea that are not (yet) seizures: go-fasts chased and boarded, canoes turned back, fishing boats and
 * coasters searched. What was found, if anything, is in the summary; a seizure is reported separately.
 */

const JDFCG_WATERS = [
  ['pedro-bank', 3],
  ['south-of-portland-point', 3],
  ['morant-cays', 2],
  ['jamaica-channel', 2],
  ['off-morant-point', 1],
  ['alligator-pond-offshore', 2],
  ['off-negril', 1],
  ['north-coast', 1],
  ['off-port-royal', 1],
  ['portland-cottage', 2],
  ['old-harbour-bay', 1],
  ['treasure-beach', 1],
  ['black-river', 1],
  ['clarendon-coast', 1],
] as const;
const USCG_WATERS = [
  ['caribbean-transit', 4],
  ['windward-passage', 3],
  ['jamaica-channel', 2],
  ['florida-straits', 2],
  ['off-la-guajira', 1],
  ['tiburon', 1],
  ['navassa', 1],
] as const;

export const goFastInterdiction: Scenario = {
  id: 'interdiction.go-fast',
  kind: 'interdiction',
  weight: 1.4,
  rhythm: 'sea',
  reportDelayMinutes: [30, 240],
  build({ rng, cast, operation }: ScenarioContext): Draft {
    const owner = rng.chance(0.55) ? 'JDFCG' : 'USCG';
    const where = atSea(rng, owner === 'JDFCG' ? rng.weighted(JDFCG_WATERS) : rng.weighted(USCG_WATERS));
    const crew = pickPersons(rng, cast, rng.int(2, 4), 'CO', 'VE', 'JM', 'HT');
    const named = rng.chance(0.6) ? crew : [];
    const speed = rng.int(28, 45);
    const outcome = rng.weighted([
      ['boarded-jettison', 3],
      ['boarded-clean', 2],
      ['disabling-fire', owner === 'USCG' ? 2 : 0],
      ['escaped', 2],
      ['escorted', 2],
    ] as const);
    const unit =
      owner === 'USCG'
        ? rng.pick(['A US Coast Guard cutter', 'A USCG fast-response cutter', 'A USCG cutter and its helicopter'])
        : rng.pick(['A JDF Coast Guard interceptor', 'A JDF Coast Guard patrol vessel', 'A JDFCG Defender-class boat']);
    const outcomeText: Record<typeof outcome, string> = {
      'boarded-jettison': `The crew jettisoned ${count(rng.int(4, 30))} packages before being boarded; recovery is under way and a seizure report will follow.`,
      'boarded-clean':
        'Nothing illicit was found aboard, but fuel drums and satellite phones suggest a logistics run; the crew was questioned and released.',
      'disabling-fire':
        'After warning shots, a precision marksman disabled the outboards from the helicopter; the go-fast was boarded.',
      escaped: `It outran the pursuit and was lost ${rng.pick(['near the Haitian coast', 'in rain squalls', 'after dark', 'heading south-west'])}; partners have been alerted.`,
      escorted:
        owner === 'USCG'
          ? `The go-fast is under tow and its ${plural(crew.length, 'crew member')} are held aboard the cutter.`
          : `The vessel and ${plural(crew.length, 'crew member')} are being escorted to Port Royal for a full search.`,
    };
    const escaped = outcome === 'escaped';
    return {
      kind: 'interdiction',
      title: rng.pick([
        `${owner === 'USCG' ? 'USCG' : 'JDF Coast Guard'} ${escaped ? 'chases' : 'intercepts'} go-fast ${where.phrase}`,
        escaped
          ? `Go-fast evades interceptor ${where.phrase}`
          : `Go-fast stopped ${where.phrase}; ${plural(crew.length, 'crew member')} held`,
        `${capitalise(outcome === 'boarded-jettison' ? 'packages jettisoned as go-fast is stopped' : escaped ? 'pursuit of go-fast' : 'go-fast interdicted')} ${where.phrase}`,
        `Night pursuit ${where.phrase}: go-fast ${escaped ? 'lost' : 'boarded'} after chase at ${speed} knots`,
      ]),
      summary: sentences(
        `${unit} ${escaped ? 'pursued' : 'intercepted'} ${rng.pick(['a grey', 'a blue', 'a white', 'an unpainted'])} go-fast with ${rng.pick(['twin', 'triple', 'quadruple'])} outboards ${where.phrase}, running without lights at about ${speed} knots.`,
        outcomeText[outcome],
        !escaped && named.length > 0 && `Crew: ${list(named.map((p) => `${p.name} (${nationality(p)})`))}.`,
        owner === 'USCG' && rng.chance(0.35) && 'A JDF Coast Guard shiprider was aboard.',
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity: outcome === 'boarded-clean' ? 2 : outcome === 'escaped' ? 3 : rng.pick([3, 4]),
      grading: grade(rng, [
        ['A1', 4],
        ['A2', 4],
        ['B2', 2],
      ]),
      subjects: { vessels: [{ name: 'Unnamed go-fast' }], persons: escaped ? [] : named.map((p) => p.name) },
      sensitivity: rng.weighted([
        ['routine', 3],
        ['sensitive', 6],
        ['restricted', 1],
      ]),
      audience: owner === 'JDFCG' ? ['USCG', 'JCF', 'IMPACS'] : ['JDFCG', 'CBP', 'IMPACS'],
    };
  },
};

export const canoeInterdiction: Scenario = {
  id: 'interdiction.canoe',
  kind: 'interdiction',
  weight: 1.3,
  rhythm: 'night',
  reportDelayMinutes: [30, 300],
  build({ rng, cast, operation }: ScenarioContext): Draft {
    const owner = rng.weighted([
      ['JDFCG', 75],
      ['JCF', 15],
      ['USCG', 10],
    ] as const);
    const areaId =
      owner === 'USCG'
        ? rng.pick(['jamaica-channel', 'navassa', 'tiburon'])
        : rng.pick([
            'portland-cottage',
            'old-harbour-bay',
            'treasure-beach',
            'black-river',
            'clarendon-coast',
            'whitehouse',
            'morant-bay',
            'morant-cays',
            'jamaica-channel',
            'pedro-bank',
          ]);
    const where = atSea(rng, areaId);
    const canoe = pickVessel(rng, cast, 'canoe');
    const crew = pickPersons(rng, cast, rng.int(1, 4), 'JM', 'HT');
    const finding = rng.weighted([
      ['ganja', 4],
      ['guns-return', 2],
      ['fuel-only', 3],
      ['fishing-licence', 2],
      ['migrants', 1],
    ] as const);
    const findingText: Record<typeof finding, string> = {
      ganja: `Sacks of what appears to be compressed ganja were found under fishing nets; the canoe was heading ${rng.pick(['for Haiti', 'south-east', 'towards the Morant Cays'])}.`,
      'guns-return':
        'The canoe was returning from Haiti; a search found ammunition boxes and a concealed compartment, now being examined for firearms.',
      'fuel-only': `The canoe carried ${count(rng.int(6, 14))} drums of gasoline, far more than a fishing trip needs.`,
      'fishing-licence':
        'No contraband found; the captain had no valid fishing licence and the canoe was detained by the National Fisheries Authority.',
      migrants: `${capitalise(count(rng.int(5, 14)))} Haitian nationals were aboard and have been handed to immigration.`,
    };
    const actor = owner === 'JCF' ? 'JCF Marine Police' : owner === 'USCG' ? 'A USCG cutter' : 'The JDF Coast Guard';
    return {
      kind: 'interdiction',
      title: rng.pick([
        `Canoe ${canoe.name} stopped ${where.phrase}`,
        `${{ JDFCG: 'JDF Coast Guard intercepts', JCF: 'Marine Police intercept', USCG: 'USCG cutter intercepts' }[owner]} canoe ${where.phrase}`,
        `Canoe with ${plural(crew.length, 'man', 'men')} aboard intercepted ${where.phrase}`,
        finding === 'guns-return'
          ? `Canoe returning from Haiti searched ${where.phrase}`
          : `Night patrol boards canoe ${where.phrase}`,
      ]),
      summary: sentences(
        `${actor} stopped the canoe ${canoe.name} with ${plural(crew.length, 'man', 'men')} aboard ${where.phrase}.`,
        findingText[finding],
        crew.length > 0 && rng.chance(0.6) && `Detained: ${list(crew.map((p) => p.name))}.`,
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity: finding === 'guns-return' ? 4 : finding === 'ganja' || finding === 'migrants' ? 3 : 2,
      grading: grade(rng, [
        ['A1', 4],
        ['A2', 4],
        ['B2', 2],
      ]),
      subjects: { vessels: [vesselRef(canoe)], persons: crew.map((p) => p.name) },
      sensitivity: finding === 'guns-return' ? 'restricted' : rng.chance(0.5) ? 'routine' : 'sensitive',
      audience: owner === 'USCG' ? ['JDFCG', 'IMPACS'] : ['JCF', 'JDFCG', 'USCG', 'JCA'],
    };
  },
};

export const vesselBoarding: Scenario = {
  id: 'interdiction.boarding',
  kind: 'interdiction',
  weight: 0.6,
  rhythm: 'sea',
  reportDelayMinutes: [60, 360],
  build({ rng, cast, operation }: ScenarioContext): Draft {
    const owner = rng.chance(0.5) ? 'JDFCG' : 'USCG';
    const where = atSea(
      rng,
      owner === 'JDFCG'
        ? rng.pick(['pedro-bank', 'morant-cays', 'south-of-portland-point', 'jamaica-channel'])
        : rng.weighted(USCG_WATERS),
    );
    const vessel = pickVessel(rng, cast, 'fishing', 'coaster', 'yacht');
    const crewSize = vessel.type === 'yacht' ? rng.int(2, 4) : rng.int(4, 11);
    const result = rng.weighted([
      ['released', 5],
      ['compartment', 2],
      ['detained', 2],
    ] as const);
    return {
      kind: 'interdiction',
      title: rng.pick([
        `${vessel.name} boarded ${where.phrase}`,
        `${owner === 'USCG' ? 'USCG' : 'JDFCG'} boarding of ${vessel.type === 'yacht' ? 'pleasure craft' : vessel.type === 'coaster' ? 'coastal freighter' : 'fishing vessel'} ${vessel.name} ${where.phrase}`,
        `Right-of-visit boarding ${where.phrase}: ${vessel.name}`,
      ]),
      summary: sentences(
        `A boarding team from ${owner === 'USCG' ? 'a US Coast Guard cutter' : 'a JDF Coast Guard patrol vessel'} searched ${describeVessel(vessel)} ${where.phrase} with ${plural(crewSize, 'person')} aboard.`,
        rng.pick([
          'The vessel matched the description in an earlier sighting report.',
          'Its AIS had been off for most of the previous day.',
          'Selected during a routine patrol of the fishing grounds.',
          owner === 'USCG'
            ? 'Boarded with flag-state consent obtained through the JRCC.'
            : 'Boarded under the Maritime Drug Trafficking (Suppression) Act.',
        ]),
        result === 'released'
          ? 'Nothing illicit found; the vessel was allowed to proceed.'
          : result === 'compartment'
            ? 'A sealed void behind the fish hold was found empty but with traces of packaging; samples taken.'
            : 'Documents were irregular and the master could not account for the voyage; the vessel is detained pending investigation.',
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity: result === 'released' ? 1 : result === 'compartment' ? 3 : 2,
      grading: grade(rng, [
        ['A1', 5],
        ['A2', 3],
        ['B2', 2],
      ]),
      subjects: { vessels: [vesselRef(vessel)] },
      sensitivity: result === 'released' ? 'routine' : 'sensitive',
      audience: owner === 'JDFCG' ? ['USCG', 'JCF'] : ['JDFCG', 'CBP'],
    };
  },
};
