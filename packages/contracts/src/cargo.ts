import { z } from 'zod';
import { isMmsiFormat } from '@tidewatch/ais';
import { AgencyCode, EVENT_SCHEMA_VERSION, FlagCode, Releasability, Tlp } from './event.ts';
import { LOCODE_PATTERN } from './identifiers.ts';
import { IsoDateTime } from './safe-input.ts';

/** Cargo intelligence: consignments, their movements and a risk score with its factors explained (issue 5). */

export const MOVEMENT_KINDS = [
  'booked',
  'loaded',
  'departed',
  'transshipped',
  'arrived',
  'discharged',
  'inspected',
  'held',
  'released',
  'seized',
] as const;
export const MovementKind = z.enum(MOVEMENT_KINDS);
export type MovementKind = z.infer<typeof MovementKind>;

export const SELECTIVITY_LANES = ['red', 'yellow', 'green'] as const;
export const SelectivityLane = z.enum(SELECTIVITY_LANES);
export type SelectivityLane = z.infer<typeof SelectivityLane>;

const Timestamp = IsoDateTime();
export const Locode = z
  .string()
  .transform((s) => s.replace(/\s/g, '').toUpperCase())
  .refine((s) => LOCODE_PATTERN.test(s), 'a UN/LOCODE is 2 letters + 3 letters or digits, e.g. JMKIN');
export const HsCode = z.string().regex(/^\d{4}(\.?\d{2}){0,3}$/, 'an HS code is 4-10 digits');

export const Party = z.object({
  name: z.string().trim().min(1).max(200),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code')
    .optional(),
  address: z.string().max(400).optional(),
});
export type Party = z.infer<typeof Party>;

/**
 * A container number must have the ISO 6346 shape; a wrong check digit is accepted and scored as a risk
 * factor instead of refused, because a manifest with a mistyped or forged number is itself intelligence.
 */
export const ContainerNumberShape = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .refine((s) => /^[A-Z]{3}[UJZ]\d{7}$/.test(s), 'a container number is 3 letters, U/J/Z and 7 digits (ISO 6346)');

export const ConsignmentInput = z
  .object({
    billOfLading: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9/-]{2,34}$/, 'a bill of lading number is 3-35 letters, digits, / or -'),
    ownerAgency: AgencyCode,
    releasability: Releasability,
    containers: z.array(ContainerNumberShape).max(500).default([]),
    shipper: Party,
    consignee: Party,
    notifyParty: Party.optional(),
    hsCodes: z.array(HsCode).min(1).max(50),
    goodsDescription: z.string().trim().min(1).max(2000),
    packages: z
      .object({ count: z.number().int().positive().max(1e6), kind: z.string().trim().min(1).max(40) })
      .optional(),
    grossWeightKg: z.number().positive().max(1e9).optional(),
    originLocode: Locode,
    transshipmentLocodes: z.array(Locode).max(10).default([]),
    destinationLocode: Locode,
    carrier: z
      .object({
        /** The IMO check digit is not enforced here for the same reason as containers: a failure is scored. */
        imo: z
          .string()
          .regex(/^\d{7}$/, 'an IMO number is 7 digits')
          .optional(),
        mmsi: z.string().refine(isMmsiFormat, 'an MMSI is exactly 9 digits').optional(),
        name: z.string().trim().min(1).max(120).optional(),
        /** The flag the manifest declares for the vessel; checked against the MMSI's MID when it is heard on AIS. */
        flag: FlagCode.optional(),
      })
      .default({}),
    voyage: z.string().trim().min(1).max(40).optional(),
    etd: Timestamp.optional(),
    eta: Timestamp.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.releasability.recipients.includes(c.ownerAgency)) {
      ctx.addIssue({
        code: 'custom',
        path: ['releasability', 'recipients'],
        message: 'the owning agency always sees its own consignments; do not list it',
      });
    }
    if (c.etd && c.eta && Date.parse(c.eta) < Date.parse(c.etd))
      ctx.addIssue({ code: 'custom', path: ['eta'], message: 'the ETA is before the ETD' });
  });
export type ConsignmentInput = z.input<typeof ConsignmentInput>;
export type ParsedConsignmentInput = z.output<typeof ConsignmentInput>;

export const MovementInput = z
  .object({
    kind: MovementKind,
    at: Timestamp,
    locode: Locode.optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type MovementInput = z.input<typeof MovementInput>;

export const Movement = z.object({
  id: z.string(),
  kind: MovementKind,
  at: z.string(),
  locode: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type Movement = z.infer<typeof Movement>;

export const RiskFactor = z.object({
  code: z.enum([
    'watchlist_hit',
    'high_risk_route',
    'concealment_pattern',
    'hs_description_mismatch',
    'container_check_digit',
    'imo_check_digit',
    'vessel_ais_gap',
    'vessel_encounter',
    'vessel_loitering',
    'vessel_identity',
    'unknown_carrier',
  ]),
  points: z.number(),
  explanation: z.string(),
  /** Alert or watchlist entry ids behind the factor, for drill-down. */
  refs: z.array(z.string()),
});
export type RiskFactor = z.infer<typeof RiskFactor>;

export const RiskAssessment = z.object({
  score: z.number().int().min(0).max(100),
  lane: SelectivityLane,
  factors: z.array(RiskFactor),
  assessedAt: z.string(),
});
export type RiskAssessment = z.infer<typeof RiskAssessment>;

const WireParty = z.object({ name: z.string(), country: z.string().optional(), address: z.string().optional() });

export const Consignment = z.object({
  id: z.string(),
  billOfLading: z.string(),
  ownerAgency: AgencyCode,
  releasability: z.object({ tlp: Tlp, recipients: z.array(z.string()), sharingGroups: z.array(z.string()) }),
  containers: z.array(z.string()),
  shipper: WireParty,
  consignee: WireParty,
  notifyParty: WireParty.nullable(),
  hsCodes: z.array(z.string()),
  goodsDescription: z.string(),
  packages: z.object({ count: z.number(), kind: z.string() }).nullable(),
  grossWeightKg: z.number().nullable(),
  originLocode: z.string(),
  transshipmentLocodes: z.array(z.string()),
  destinationLocode: z.string(),
  carrier: z.object({
    imo: z.string().optional(),
    mmsi: z.string().optional(),
    name: z.string().optional(),
    flag: z.string().optional(),
  }),
  voyage: z.string().nullable(),
  etd: z.string().nullable(),
  eta: z.string().nullable(),
  /** Kind of the latest movement ('booked' until one is recorded). */
  status: MovementKind,
  risk: RiskAssessment,
  movements: z.array(Movement),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Consignment = z.infer<typeof Consignment>;

/** GET /api/v1/cargo/consignments: highest risk first. */
export const ConsignmentQuery = z
  .object({
    lane: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(SelectivityLane).min(1))
      .optional(),
    q: z.string().trim().min(1).max(200).optional(),
    minScore: z.coerce.number().int().min(0).max(100).optional(),
    mmsi: z
      .string()
      .regex(/^\d{9}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ConsignmentQuery = z.output<typeof ConsignmentQuery>;

/** Answer of POST /api/v1/cargo/consignments (JSON array or CSV): what was stored, and every refused row. */
export const ConsignmentIngestResult = z.object({
  created: z.array(
    z.object({
      id: z.string(),
      billOfLading: z.string(),
      created: z.boolean(),
      lane: SelectivityLane,
      score: z.number(),
    }),
  ),
  errors: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type ConsignmentIngestResult = z.infer<typeof ConsignmentIngestResult>;

/** CSV columns of consignment import (header row required; lists inside a cell are separated by `;`). */
export const CONSIGNMENT_CSV_COLUMNS = [
  'bill_of_lading',
  'containers',
  'shipper',
  'shipper_country',
  'consignee',
  'consignee_country',
  'notify_party',
  'hs_codes',
  'goods_description',
  'package_count',
  'package_kind',
  'gross_weight_kg',
  'origin',
  'transshipment',
  'destination',
  'carrier_imo',
  'carrier_mmsi',
  'carrier_name',
  'carrier_flag',
  'voyage',
  'etd',
  'eta',
] as const;

export const ConsignmentChangedMessage = z.object({ v: z.literal(EVENT_SCHEMA_VERSION), consignment: Consignment });
export type ConsignmentChangedMessage = z.infer<typeof ConsignmentChangedMessage>;
