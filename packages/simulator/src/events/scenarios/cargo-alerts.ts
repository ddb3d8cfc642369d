import type { AgencyCode } from '../../agencies.ts';
import { makeContainerNumber } from '../../identifiers.ts';
import { placeById } from '../../places.ts';
import { atFacility, pin } from '../locate.ts';
import { capitalise, count, plural, sentences, vesselRef } from '../text.ts';
import type { Draft, Scenario, ScenarioContext } from '../types.ts';
import { grade, pickFirm, pickVessel } from './common.ts';

/**
 * Risk-targeting hits on cargo before anyone opens a box: ASYCUDA selectivity at Jamaican ports, CBP outbound
 * targeting in Florida, and transshipment boxes from source countries with something wrong on paper.
 */

const REASONS = [
  { text: 'the consignee is linked to two earlier firearms seizures', severity: 3 },
  { text: 'the declared weight is 40% above what "household goods" of that volume should weigh', severity: 2 },
  { text: 'a first-time shipper paid freight in cash and gave a residential address', severity: 2 },
  { text: 'the consignee name is a near-match to an entity on the watchlist', severity: 3 },
  { text: 'the X-ray image shows dense objects inside appliances', severity: 3 },
  { text: 'the bill of lading was amended after loading to change the consignee', severity: 2 },
  { text: 'the goods description is vague ("personal effects, misc.") and the value is implausibly low', severity: 1 },
  { text: 'the routing is unusual: Florida to Kingston via Port-au-Prince', severity: 2 },
] as const;

const TRANSSHIPMENT_REASONS = [
  'the seal number on the terminal record differs from the bill of lading',
  'the box dwelled 11 days at the origin terminal in an area without cameras',
  'the reefer set-point was changed twice during the voyage',
  'the shipper was incorporated three weeks before the booking',
] as const;

export const cargoAlert: Scenario = {
  id: 'cargo_alert.targeting',
  kind: 'cargo_alert',
  weight: 2.5,
  rhythm: 'office',
  reportDelayMinutes: [5, 120],
  build({ rng, cast, operation }: ScenarioContext): Draft {
    const owner: AgencyCode = rng.chance(0.6) ? 'JCA' : 'CBP';
    const transshipment = owner === 'JCA' && rng.chance(0.25);
    const originId = transshipment
      ? rng.pick(['cartagena', 'santa-marta', 'colon', 'manzanillo-pa', 'caucedo'])
      : rng.weighted([
          ['port-everglades', 5],
          ['miami', 4],
          ['jacksonville', 1],
        ] as const);
    const destinationId = rng.weighted([
      ['kingston', 7],
      ['montego-bay', 3],
    ] as const);
    const where = atFacility(rng, owner === 'JCA' ? destinationId : originId);
    const origin = placeById(originId);
    const destination = placeById(destinationId);
    const boxes = Array.from(
      {
        length: rng.weighted([
          [1, 6],
          [2, 2],
          [3, 1],
        ]),
      },
      () => makeContainerNumber(rng),
    );
    const vessel = pickVessel(rng, cast, 'container', 'general_cargo', 'ro_ro');
    const consignee = pickFirm(rng, cast, 'JM');
    const shipper = transshipment ? pickFirm(rng, cast, 'CO', 'PA') : pickFirm(rng, cast, 'US');
    const reason = transshipment ? { text: rng.pick(TRANSSHIPMENT_REASONS), severity: 3 } : rng.pick(REASONS);
    const lane = reason.severity >= 3 || rng.chance(0.5) ? 'red' : 'yellow';
    const first = boxes[0] ?? '';
    const what = boxes.length === 1 ? `container ${first}` : `${count(boxes.length)} containers`;
    const title =
      owner === 'CBP'
        ? rng.pick([
            `Outbound targeting hit: ${what} for ${destination.name}`,
            `CBP holds southbound ${boxes.length === 1 ? 'container' : 'containers'} at ${origin.name} for examination`,
            `Southbound cargo flagged at ${origin.name}: shipper ${shipper.name}`,
          ])
        : rng.pick([
            `${lane === 'red' ? 'Red' : 'Yellow'} lane: ${what} from ${origin.name} selected at ${destination.name}`,
            `Cargo risk alert at ${destination.name}: consignee ${consignee.name}`,
            `${transshipment ? 'Transshipment box' : 'Barrel consignment'} from ${origin.name} flagged for examination`,
          ]);
    return {
      kind: 'cargo_alert',
      title,
      summary: sentences(
        `${owner === 'CBP' ? 'CBP outbound targeting' : 'ASYCUDA risk selectivity'} flagged ${boxes.length === 1 ? what : `${what} (${boxes.join(', ')})`} from ${shipper.name}, ${origin.name}, to ${consignee.name}, ${destination.name}, on ${vessel.name}.`,
        `Reason: ${reason.text}.`,
        owner === 'JCA'
          ? `Assigned to the ${lane} lane${lane === 'red' ? ' for physical examination' : ' for a documentary check'}.`
          : `Examination requested before loading; JCA informed under the mutual assistance agreement.`,
        boxes.length > 1 &&
          `${capitalise(plural(boxes.length, 'box', 'boxes'))} share the same consignee and booking agent.`,
        operation && `Part of ${operation}.`,
      ),
      ownerAgency: owner,
      ...pin(where),
      severity: reason.severity,
      grading: grade(rng, [
        ['B2', 3],
        ['B3', 4],
        ['C3', 3],
      ]),
      subjects: { containers: boxes, organisations: [shipper.name, consignee.name], vessels: [vesselRef(vessel)] },
      sensitivity: rng.weighted([
        ['routine', 3],
        ['sensitive', 6],
        ['restricted', 1],
      ]),
      audience: owner === 'JCA' ? ['CBP', 'JCF'] : ['JCA', 'IMPACS'],
    };
  },
};
