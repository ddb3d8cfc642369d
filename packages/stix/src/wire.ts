import { AGENCY_CODE_PATTERN } from '@tidewatch/contracts';
import { z } from 'zod';

/**
 * The STIX side of the mapping: the shape of every Tidewatch extension and custom object, in STIX naming
 * (snake_case). One source for three jobs: parsing on import, the types the exporter builds, and the JSON
 * Schemas shipped in schemas/ (generated from these; a test fails when the files drift).
 *
 * STIX's common property rules (OASIS properties.json) forbid null and empty lists as property values, so
 * an absent Tidewatch value is an absent property here, never null or [] (STIX-8).
 */

const Timestamp = z.iso.datetime({ precision: 3 });
const Text = z.string().min(1);
const AgencyCode = z.string().regex(AGENCY_CODE_PATTERN);
const NonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1);

export const GradingWire = z
  .object({
    reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
    credibility: z.number().int().min(1).max(6),
  })
  .strict();

const PositionWire = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict();

/** Owner, recipients and sharing groups: releasability that TLP cannot say (STIX-6). */
export const ReleasabilityExtension = z
  .object({
    extension_type: z.literal('property-extension'),
    owner_agency: AgencyCode,
    recipients: NonEmpty(AgencyCode).optional(),
    sharing_groups: NonEmpty(Text).optional(),
    /** Set on objects derived from another one (an event's location): the importer rebuilds them, so skips them. */
    derived_from_ref: Text.optional(),
  })
  .strict();
export type ReleasabilityExtension = z.infer<typeof ReleasabilityExtension>;

const VesselSubjectWire = z
  .object({
    mmsi: Text.optional(),
    imo: Text.optional(),
    name: Text.optional(),
    call_sign: Text.optional(),
    flag: Text.optional(),
  })
  .strict();

const SeizureWire = z
  .object({
    commodity: Text,
    quantity: z.number().min(0),
    unit: Text,
    estimated_value_usd: z.number().min(0).optional(),
    hs_code: Text.optional(),
    origin: Text.optional(),
    destination: Text.optional(),
  })
  .strict();

/** Everything an event holds beyond the incident's name and description. */
export const EventExtension = z
  .object({
    extension_type: z.literal('property-extension'),
    event_id: Text,
    schema_version: z.literal(1),
    seq: z.number().int().positive(),
    kind: Text,
    occurred_at: Timestamp,
    reported_at: Timestamp,
    received_at: Timestamp,
    position: PositionWire.optional(),
    place: Text.optional(),
    severity: z.number().int().min(1).max(5),
    grading: GradingWire.optional(),
    vessels: NonEmpty(VesselSubjectWire).optional(),
    containers: NonEmpty(Text).optional(),
    organisations: NonEmpty(Text).optional(),
    persons: NonEmpty(Text).optional(),
    seizure: SeizureWire.optional(),
    status: Text,
    assignee_id: Text.optional(),
    version: z.number().int().positive(),
  })
  .strict();
export type EventExtension = z.infer<typeof EventExtension>;

export const AnnotationExtension = z
  .object({
    extension_type: z.literal('property-extension'),
    annotation_id: Text,
    target_type: z.enum(['event', 'vessel', 'consignment', 'watchlist_entry']),
    target_id: Text,
    author_id: Text,
    grading: GradingWire.optional(),
    version: z.number().int(),
  })
  .strict();
export type AnnotationExtension = z.infer<typeof AnnotationExtension>;

export const AgencyExtension = z
  .object({
    extension_type: z.literal('property-extension'),
    agency_code: AgencyCode,
    country: Text,
  })
  .strict();
export type AgencyExtension = z.infer<typeof AgencyExtension>;

const ItemRefWire = z
  .object({
    kind: z.enum(['agency', 'event', 'annotation', 'watchlist', 'watchlist-entry', 'consignment', 'vessel']),
    id: Text,
  })
  .strict();

export const LinkExtension = z
  .object({
    extension_type: z.literal('property-extension'),
    link_id: Text,
    source: ItemRefWire,
    target: ItemRefWire,
    version: z.number().int().positive(),
  })
  .strict();
export type LinkExtension = z.infer<typeof LinkExtension>;

/** Properties of the custom objects (new SDOs); their common STIX properties are checked separately. */
export const WatchlistProperties = z.object({
  watchlist_id: Text,
  name: Text,
  description: Text.optional(),
  created_by: Text,
  retired_at: Timestamp.optional(),
  entry_count: z.number().int().min(0),
  version: z.number().int(),
});
export type WatchlistProperties = z.infer<typeof WatchlistProperties>;

export const WatchlistEntryProperties = z.object({
  entry_id: Text,
  watchlist_id: Text,
  watchlist_ref: Text,
  kind: z.enum(['vessel', 'container', 'organisation', 'person']),
  mmsi: Text.optional(),
  imo: Text.optional(),
  name: Text.optional(),
  call_sign: Text.optional(),
  container_number: Text.optional(),
  country: Text.optional(),
  reason: Text,
  added_by: Text,
  expires_at: Timestamp.optional(),
  retired_at: Timestamp.optional(),
  version: z.number().int(),
});
export type WatchlistEntryProperties = z.infer<typeof WatchlistEntryProperties>;

const PartyWire = z.object({ name: z.string(), country: Text.optional(), address: Text.optional() }).strict();

const RiskFactorWire = z
  .object({ code: Text, points: z.number(), explanation: z.string(), refs: z.array(Text).optional() })
  .strict();

const MovementWire = z
  .object({
    movement_id: Text,
    kind: Text,
    at: Timestamp,
    locode: Text.optional(),
    note: Text.optional(),
    recorded_by: Text,
    recorded_at: Timestamp,
  })
  .strict();

export const ConsignmentProperties = z.object({
  consignment_id: Text,
  bill_of_lading: Text,
  containers: NonEmpty(Text).optional(),
  shipper: PartyWire,
  consignee: PartyWire,
  notify_party: PartyWire.optional(),
  hs_codes: NonEmpty(Text).optional(),
  goods_description: z.string(),
  packages: z.object({ count: z.number(), kind: z.string() }).strict().optional(),
  gross_weight_kg: z.number().optional(),
  origin_locode: Text,
  transshipment_locodes: NonEmpty(Text).optional(),
  destination_locode: Text,
  carrier: z
    .object({ imo: Text.optional(), mmsi: Text.optional(), name: Text.optional(), flag: Text.optional() })
    .strict(),
  voyage: Text.optional(),
  etd: Timestamp.optional(),
  eta: Timestamp.optional(),
  movement_status: Text,
  risk: z
    .object({
      score: z.number().int().min(0).max(100),
      lane: z.enum(['red', 'yellow', 'green']),
      factors: z.array(RiskFactorWire),
      assessed_at: Timestamp,
    })
    .strict(),
  movements: NonEmpty(MovementWire).optional(),
});
export type ConsignmentProperties = z.infer<typeof ConsignmentProperties>;

export const VesselProperties = z.object({
  mmsi: z.number().int().min(0).max(999_999_999),
  imo: z.number().int().optional(),
  name: Text.optional(),
  call_sign: Text.optional(),
  category: Text,
  flag: z.object({ alpha2: Text, name: Text }).strict().optional(),
  position: PositionWire.optional(),
  status: z.enum(['live', 'stale', 'lost']),
  last_report_at: Timestamp.optional(),
});
export type VesselProperties = z.infer<typeof VesselProperties>;

/** A marker-only extension entry: the object's type is one Tidewatch defines (STIX 2.1 s.7.3 "new-sdo"). */
export const NewSdoExtension = z.object({ extension_type: z.literal('new-sdo') }).strict();
