import { atSea, onShore, pin } from '../locate.ts';
import { compass, count, describeVessel, sentences, vesselRef } from '../text.ts';
import type { Draft, Scenario, ScenarioContext } from '../types.ts';
import { grade, pickVessel } from './common.ts';

/**
 * Sighting reports: patrol aircraft, shore radar, fishermen and residents reporting what they saw. Their value
 * is in their number and their grading (a fisherman's call is C3 or worse), so the picture builds over time.
 */

const REPORTERS = [
  {
    owner: 'USCG',
    source: 'A USCG HC-144 maritime patrol aircraft',
    grades: [
      ['A2', 3],
      ['B2', 5],
      ['B3', 2],
    ],
  },
  {
    owner: 'CBP',
    source: 'A CBP Air and Marine Operations P-3',
    grades: [
      ['A2', 3],
      ['B2', 5],
      ['B3', 2],
    ],
  },
  {
    owner: 'JDFCG',
    source: 'JDF Coast Guard shore radar',
    grades: [
      ['B2', 4],
      ['B3', 4],
      ['C3', 2],
    ],
  },
  {
    owner: 'JDFCG',
    source: 'A JDF Air Wing patrol',
    grades: [
      ['B2', 5],
      ['B3', 3],
    ],
  },
  {
    owner: 'JCF',
    source: 'Fishermen (via the JCF Marine Police)',
    grades: [
      ['C3', 5],
      ['D4', 3],
      ['F6', 2],
    ],
  },
] as const;

const SEA_AREAS = [
  ['pedro-bank', 4],
  ['south-of-portland-point', 3],
  ['morant-cays', 2],
  ['jamaica-channel', 3],
  ['windward-passage', 2],
  ['caribbean-transit', 2],
  ['alligator-pond-offshore', 2],
  ['off-negril', 1],
  ['north-coast', 1],
  ['navassa', 1],
  ['tiburon', 1],
  ['florida-straits', 1],
  ['treasure-beach', 1],
  ['old-harbour-bay', 1],
  ['black-river', 1],
] as const;

export const seaSighting: Scenario = {
  id: 'sighting.sea',
  kind: 'sighting_report',
  weight: 1.8,
  rhythm: 'sea',
  reportDelayMinutes: [5, 90],
  build({ rng, cast, operation }: ScenarioContext): Draft {
    const reporter = rng.weighted(REPORTERS.map((r) => [r, r.owner === 'JCF' ? 2 : 3] as const));
    const where = atSea(rng, rng.weighted(SEA_AREAS));
    const heading = compass(rng.int(0, 359));
    const what = rng.weighted([
      ['go-fast', 5],
      ['dark-vessel', 3],
      ['air-drop', 1],
      ['rendezvous', 2],
    ] as const);
    const vessel =
      what === 'dark-vessel' || what === 'rendezvous'
        ? pickVessel(rng, cast, 'fishing', 'coaster', 'yacht')
        : undefined;
    const knots = rng.int(20, 40);
    const observation: Record<typeof what, string> = {
      'go-fast': `a go-fast with ${count(rng.int(2, 4))} people and fuel drums aboard, heading ${heading} at about ${knots} knots`,
      'dark-vessel': `${vessel ? describeVessel(vessel) : 'a vessel'} running without lights or AIS, heading ${heading}`,
      'air-drop': 'a light twin-engined aircraft circling low; packages may have been dropped to a boat waiting below',
      rendezvous: `${vessel ? describeVessel(vessel) : 'a fishing vessel'} stopped alongside a smaller fast boat, transferring packages`,
    };
    const short: Record<typeof what, string> = {
      'go-fast': 'Suspected go-fast',
      'dark-vessel': 'Vessel running dark',
      'air-drop': 'Possible air drop',
      rendezvous: 'Suspected at-sea transfer',
    };
    return {
      kind: 'sighting_report',
      title: rng.pick([
        `${short[what]} ${where.phrase}`,
        `${short[what]} reported ${where.phrase}${what === 'go-fast' ? `, heading ${heading}` : ''}`,
        `${reporter.owner === 'JCF' ? 'Fishermen report' : 'Patrol reports'} ${short[what].toLowerCase()} ${where.phrase}`,
      ]),
      summary: sentences(
        `${reporter.source} reported ${observation[what]} ${where.phrase}.`,
        rng.pick([
          'No asset was in range to intercept.',
          'A patrol vessel has been tasked to investigate.',
          'Contact was lost after about 20 minutes.',
          'The position has been passed to partners for a radar search.',
          'Similar activity was reported in the same area earlier this week.',
        ]),
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: reporter.owner,
      ...pin(where),
      severity: what === 'go-fast' || what === 'air-drop' ? rng.pick([2, 3]) : rng.pick([1, 2, 2, 3]),
      grading: grade(rng, reporter.grades),
      subjects: { vessels: vessel ? [vesselRef(vessel)] : [] },
      sensitivity: rng.chance(0.6) ? 'routine' : 'sensitive',
      audience:
        reporter.owner === 'USCG'
          ? ['JDFCG', 'CBP', 'IMPACS']
          : reporter.owner === 'CBP'
            ? ['USCG', 'JCA', 'IMPACS']
            : ['JDFCG', 'JCF', 'USCG'],
    };
  },
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

export const landingSighting: Scenario = {
  id: 'sighting.landing',
  kind: 'sighting_report',
  weight: 0.9,
  rhythm: 'night',
  reportDelayMinutes: [10, 180],
  build({ rng, operation }: ScenarioContext): Draft {
    const where = onShore(rng, rng.weighted(LANDING_SITES));
    const what = rng.pick([
      {
        title: 'Packages offloaded from boat',
        text: `men offloading packages from a boat into ${rng.pick(['a white van', 'a pickup', 'two cars'])}`,
      },
      {
        title: 'Boat landing without lights',
        text: 'a boat without lights coming in to the fishing beach after midnight',
      },
      {
        title: 'Unfamiliar vehicles waiting at beach',
        text: 'unfamiliar vehicles waiting at the beach with their engines running',
      },
      { title: 'Canoe loaded with sacks', text: 'a canoe loaded with sacks and fuel drums being prepared to leave' },
      {
        title: 'Gunshots heard near landing site',
        text: 'gunshots near the landing site shortly after a boat came in',
      },
    ]);
    return {
      kind: 'sighting_report',
      title: rng.pick([
        `${what.title} ${where.phrase}`,
        `Community report: ${what.title.toLowerCase()} ${where.phrase}`,
      ]),
      summary: sentences(
        `${rng.pick(['A resident', 'A fisherman', 'An anonymous caller to Crime Stop', 'A community contact'])} reported ${what.text} ${where.phrase}.`,
        rng.pick([
          'A police team visited the beach and found fresh tracks but no people.',
          'The report was passed to the JDF Coast Guard for the area offshore.',
          'Not yet corroborated.',
          'The caller has given reliable information before.',
        ]),
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: 'JCF',
      ...pin(where),
      severity: rng.pick([1, 2, 2, 3]),
      grading: grade(rng, [
        ['B3', 2],
        ['C3', 4],
        ['D4', 2],
        ['F6', 2],
      ]),
      subjects: {},
      sensitivity: rng.chance(0.5) ? 'routine' : 'sensitive',
      audience: ['JDFCG', 'JCA'],
    };
  },
};
