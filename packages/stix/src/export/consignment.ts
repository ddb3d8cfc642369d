import type { Consignment } from '@tidewatch/contracts';
import { stixIdOf } from '../kinds.ts';
import { toStixTimestamp } from '../timestamps.ts';
import type { StixObject } from '../types.ts';
import type { ConsignmentProperties } from '../wire.ts';
import { envelope, optionalTimestamp, releasabilityExtension, withoutEmpty } from './envelope.ts';

type WireParty = Consignment['shipper'];

function party(p: WireParty): WireParty {
  return withoutEmpty({ name: p.name, country: p.country, address: p.address });
}

/** A consignment becomes a `tidewatch-consignment` object with its movements and risk inside (STIX-2). */
export function consignmentToStix(consignment: Consignment): StixObject {
  return envelope({
    type: 'tidewatch-consignment',
    id: stixIdOf('consignment', consignment.id),
    created: consignment.createdAt,
    modified: consignment.updatedAt,
    tlp: consignment.releasability.tlp,
    ownerAgency: consignment.ownerAgency,
    properties: withoutEmpty<ConsignmentProperties>({
      consignment_id: consignment.id,
      bill_of_lading: consignment.billOfLading,
      containers: consignment.containers,
      shipper: party(consignment.shipper),
      consignee: party(consignment.consignee),
      notify_party: consignment.notifyParty === null ? undefined : party(consignment.notifyParty),
      hs_codes: consignment.hsCodes,
      goods_description: consignment.goodsDescription,
      packages: consignment.packages ?? undefined,
      gross_weight_kg: consignment.grossWeightKg ?? undefined,
      origin_locode: consignment.originLocode,
      transshipment_locodes: consignment.transshipmentLocodes,
      destination_locode: consignment.destinationLocode,
      carrier: withoutEmpty(consignment.carrier),
      voyage: consignment.voyage ?? undefined,
      etd: optionalTimestamp(consignment.etd),
      eta: optionalTimestamp(consignment.eta),
      movement_status: consignment.status,
      risk: {
        score: consignment.risk.score,
        lane: consignment.risk.lane,
        factors: consignment.risk.factors.map((f) =>
          withoutEmpty({ code: f.code, points: f.points, explanation: f.explanation, refs: f.refs }),
        ),
        assessed_at: toStixTimestamp(consignment.risk.assessedAt),
      },
      movements: consignment.movements.map((m) =>
        withoutEmpty({
          movement_id: m.id,
          kind: m.kind,
          at: toStixTimestamp(m.at),
          locode: m.locode ?? undefined,
          note: m.note ?? undefined,
          recorded_by: m.recordedBy,
          recorded_at: toStixTimestamp(m.recordedAt),
        }),
      ),
    }),
    extensions: [
      ['consignment', { extension_type: 'new-sdo' }],
      ['releasability', releasabilityExtension(consignment.ownerAgency, consignment.releasability)],
    ],
  });
}
