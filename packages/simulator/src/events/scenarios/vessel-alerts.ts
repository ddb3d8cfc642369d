import type { AgencyCode } from '../../agencies.ts';
import type { Cast, CastVessel } from '../../cast.ts';
import { FLAG_STATES, type FlagCode } from '../../identifiers.ts';
import type { Rng } from '../../random.ts';
import { atSea, pin } from '../locate.ts';
import { capitalise, describeVessel, fmtInt, sentences, vesselRef } from '../text.ts';
import type { Draft, Scenario, ScenarioContext } from '../types.ts';
import { grade } from './common.ts';

/**
 * Alerts raised by vessel-picture analytics (the fusion centre's and the coast guards'): AIS gaps, loitering,
 * encounters and identity changes, with thresholds taken from the reference systems (GFW, Skylight) so the demo
 * alerts read like the ones the domain detectors will raise.
 */

const AREAS = [
  ['pedro-bank', 4],
  ['morant-cays', 2],
  ['jamaica-channel', 3],
  ['windward-passage', 3],
  ['caribbean-transit', 3],
  ['south-of-portland-point', 2],
  ['off-la-guajira', 1],
  ['navassa', 1],
  ['tiburon', 1],
  ['florida-straits', 1],
  ['off-morant-point', 1],
  ['north-coast', 1],
] as const;

const withAis = (cast: Cast, ...types: CastVessel['type'][]): CastVessel[] =>
  cast.vessels.filter((v) => v.mmsi !== undefined && types.includes(v.type));

function pickWithAis(rng: Rng, cast: Cast, ...types: CastVessel['type'][]): CastVessel {
  const pool = withAis(cast, ...types);
  return rng.pick(pool.length > 0 ? pool : withAis(cast, 'container'));
}

const analyst = (owner: AgencyCode): string =>
  owner === 'IMPACS'
    ? 'RIFC vessel-picture analytics'
    : owner === 'USCG'
      ? 'USCG District Seven maritime picture'
      : 'JDFCG maritime operations centre';

export const vesselAlert: Scenario = {
  id: 'vessel_alert.analytics',
  kind: 'vessel_alert',
  weight: 2.4,
  rhythm: 'systems',
  reportDelayMinutes: [1, 30],
  build({ rng, cast, operation }: ScenarioContext): Draft {
    const owner = rng.weighted([
      ['IMPACS', 45],
      ['USCG', 30],
      ['JDFCG', 25],
    ] as const);
    const where = atSea(rng, rng.weighted(AREAS));
    const type = rng.weighted([
      ['ais-gap', 4],
      ['loitering', 3],
      ['encounter', 2],
      ['identity', 1],
      ['deviation', 2],
    ] as const);
    const source = analyst(owner);
    let title: string;
    let text: string;
    let vessels: CastVessel[];
    let severity: number;
    switch (type) {
      case 'ais-gap': {
        const v = pickWithAis(rng, cast, 'fishing', 'coaster', 'yacht', 'general_cargo', 'container');
        const hours = rng.int(6, 40);
        const km = rng.int(15, 220);
        vessels = [v];
        severity = hours > 12 ? 3 : 2;
        title = rng.pick([
          `${v.name} went dark for ${hours} h ${where.phrase}`,
          `AIS gap: ${v.name} silent ${hours} hours ${where.phrase}`,
        ]);
        text = `${describeVessel(v)} stopped transmitting AIS ${where.phrase} and reappeared ${hours} hours later ${fmtInt(km)} km away. ${hours > 12 ? 'The gap exceeds 12 h and fits an intentional switch-off.' : 'Gap over the 6 h threshold.'}`;
        break;
      }
      case 'loitering': {
        const v = pickWithAis(rng, cast, 'fishing', 'coaster', 'yacht');
        const hours = rng.int(2, 14);
        vessels = [v];
        severity = rng.pick([2, 3]);
        title = rng.pick([
          `${v.name} loitering ${where.phrase}`,
          `Loitering alert: ${v.name} ${where.phrase} for ${hours} h`,
        ]);
        text = `${describeVessel(v)} has averaged under 2 knots for ${hours} hours more than 20 nm from shore ${where.phrase}, away from any known fishing ground it uses.`;
        break;
      }
      case 'encounter': {
        const [a, b] = rng.sample(withAis(cast, 'fishing', 'coaster', 'yacht', 'general_cargo'), 2);
        vessels = [a, b].filter((v): v is CastVessel => v !== undefined);
        const hours = rng.float(2, 7).toFixed(1);
        severity = 3;
        title = rng.pick([
          `Encounter ${where.phrase}: ${vessels.map((v) => v.name).join(' and ')}`,
          `Possible at-sea transfer ${where.phrase}`,
        ]);
        text = `${vessels.map(describeVessel).join(' and ')} stayed within 500 m of each other for ${hours} hours at a median speed under 2 knots ${where.phrase}, more than 10 km from any anchorage.`;
        break;
      }
      case 'identity': {
        const v = pickWithAis(rng, cast, 'coaster', 'general_cargo', 'fishing');
        const previous = rng.pick(
          Object.keys(FLAG_STATES).filter((f): f is FlagCode => f !== v.flag && f in FLAG_STATES),
        );
        vessels = [v];
        severity = 2;
        title = rng.pick([`${v.name}: identity change detected`, `Reflagged vessel ${v.name} back in area`]);
        text = `${describeVessel(v)} was registered in ${FLAG_STATES[previous].name} under another name until recently; its IMO number and hull match a vessel of interest.`;
        break;
      }
      case 'deviation': {
        const v = pickWithAis(rng, cast, 'container', 'general_cargo', 'bulk');
        const hours = rng.int(3, 9);
        vessels = [v];
        severity = 2;
        title = rng.pick([
          `${v.name} off its usual route ${where.phrase}`,
          `Route deviation: ${v.name} drifting ${hours} h ${where.phrase}`,
        ]);
        text = `${describeVessel(v)} left its usual Kingston route and drifted ${where.phrase} for ${hours} hours; drifting off-route has preceded drop-offs to small boats.`;
        break;
      }
    }
    return {
      kind: 'vessel_alert',
      title,
      summary: sentences(
        `Raised by ${source}.`,
        capitalise(text),
        rng.pick([
          'Recommended: task a patrol aircraft.',
          'For awareness.',
          'Check against recent sightings in the area.',
          'Flagged for boarding at next port call.',
        ]),
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity,
      grading: grade(rng, [
        ['B2', 5],
        ['B3', 3],
        ['C3', 2],
      ]),
      subjects: { vessels: vessels.map(vesselRef) },
      sensitivity: rng.chance(0.55) ? 'routine' : 'sensitive',
      audience:
        owner === 'IMPACS'
          ? ['JDFCG', 'USCG', 'JCA']
          : owner === 'USCG'
            ? ['JDFCG', 'CBP', 'IMPACS']
            : ['USCG', 'JCF', 'IMPACS'],
    };
  },
};
