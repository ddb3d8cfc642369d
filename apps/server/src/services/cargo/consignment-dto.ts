import type { Consignment, Movement, MovementKind, Tlp } from '@tidewatch/contracts';
import type { ConsignmentRow, MovementRow } from '@tidewatch/db';

const iso = (s: string): string => new Date(s).toISOString();

export function toMovement(row: MovementRow): Movement {
  return {
    id: row.id,
    kind: row.kind as MovementKind,
    at: iso(row.at),
    locode: row.locode,
    note: row.note,
    recordedBy: row.recordedBy,
    recordedAt: iso(row.recordedAt),
  };
}

export function toConsignment(row: ConsignmentRow, movements: readonly MovementRow[]): Consignment {
  return {
    id: row.id,
    billOfLading: row.billOfLading,
    ownerAgency: row.ownerAgency,
    releasability: { tlp: row.tlp as Tlp, recipients: row.recipients, sharingGroups: row.sharingGroups },
    containers: row.containers,
    shipper: row.shipper,
    consignee: row.consignee,
    notifyParty: row.notifyParty,
    hsCodes: row.hsCodes,
    goodsDescription: row.goodsDescription,
    packages: row.packages,
    grossWeightKg: row.grossWeightKg,
    originLocode: row.originLocode,
    transshipmentLocodes: row.transshipmentLocodes,
    destinationLocode: row.destinationLocode,
    carrier: {
      ...(row.carrierImo ? { imo: row.carrierImo } : {}),
      ...(row.carrierMmsi ? { mmsi: row.carrierMmsi } : {}),
      ...(row.carrierName ? { name: row.carrierName } : {}),
      ...(row.carrierFlag ? { flag: row.carrierFlag } : {}),
    },
    voyage: row.voyage,
    etd: row.etd === null ? null : iso(row.etd),
    eta: row.eta === null ? null : iso(row.eta),
    status: row.status as MovementKind,
    risk: row.risk,
    movements: movements.filter((m) => m.consignmentId === row.id).map(toMovement),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
