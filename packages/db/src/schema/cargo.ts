import { index, jsonb, pgTable, real, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Party, RiskAssessment } from '@tidewatch/contracts';
import { agencies } from './agencies.ts';

/** A consignment under one bill of lading, released like an event; its risk is stored as assessed. */
export const consignments = pgTable(
  'consignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    billOfLading: text('bill_of_lading').notNull(),
    ownerAgency: text('owner_agency')
      .notNull()
      .references(() => agencies.code),
    tlp: text('tlp').notNull(),
    recipients: text('recipients').array().notNull(),
    sharingGroups: text('sharing_groups').array().notNull(),
    containers: text('containers').array().notNull(),
    shipper: jsonb('shipper').$type<Party>().notNull(),
    consignee: jsonb('consignee').$type<Party>().notNull(),
    notifyParty: jsonb('notify_party').$type<Party>(),
    hsCodes: text('hs_codes').array().notNull(),
    goodsDescription: text('goods_description').notNull(),
    packages: jsonb('packages').$type<{ count: number; kind: string }>(),
    grossWeightKg: real('gross_weight_kg'),
    originLocode: text('origin_locode').notNull(),
    transshipmentLocodes: text('transshipment_locodes').array().notNull(),
    destinationLocode: text('destination_locode').notNull(),
    carrierImo: text('carrier_imo'),
    carrierMmsi: text('carrier_mmsi'),
    carrierName: text('carrier_name'),
    /** ISO 3166-1 alpha-2 flag the manifest declares for the carrier. */
    carrierFlag: text('carrier_flag'),
    voyage: text('voyage'),
    etd: timestamp('etd', { withTimezone: true, mode: 'string' }),
    eta: timestamp('eta', { withTimezone: true, mode: 'string' }),
    status: text('status').notNull(),
    riskScore: smallint('risk_score').notNull(),
    lane: text('lane').notNull(),
    risk: jsonb('risk').$type<RiskAssessment>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    // A repeated submission of one bill by one agency returns the stored consignment (idempotent ingest).
    unique('consignments_owner_bill_uq').on(t.ownerAgency, t.billOfLading),
    index('consignments_risk_idx').on(t.riskScore),
    index('consignments_carrier_mmsi_idx').on(t.carrierMmsi),
  ],
);

export const consignmentMovements = pgTable(
  'consignment_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consignmentId: uuid('consignment_id')
      .notNull()
      .references(() => consignments.id),
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    locode: text('locode'),
    note: text('note'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('consignment_movements_idx').on(t.consignmentId, t.at)],
);
