import { z } from 'zod';
import { MID_TABLE, isMmsiFormat, isValidImo } from '@tidewatch/ais';
import { AGENCY_CODE_PATTERN, isValidContainerNumber } from './identifiers.ts';
import { IsoDateTime } from './safe-input.ts';

/** Version of the event contract carried on every stored event and socket message. */
export const EVENT_SCHEMA_VERSION = 1 as const;

export const KNOWN_EVENT_KINDS = [
  'seizure',
  'interdiction',
  'sighting_report',
  'vessel_alert',
  'cargo_alert',
  'watchlist_hit',
] as const;

/**
 * Kinds are a closed list so a typo is refused, but deployments may add their own under the `x-` prefix
 * (for example `x-migrant-landing`) without a contract change.
 */
export const EventKind = z.union([
  z.enum(KNOWN_EVENT_KINDS),
  z.string().regex(/^x-[a-z0-9][a-z0-9-]{0,39}$/, 'custom kinds look like x-some-name'),
]);
export type EventKind = z.infer<typeof EventKind>;

export const AgencyCode = z
  .string()
  .regex(AGENCY_CODE_PATTERN, 'an agency code is 2-16 upper-case letters, digits, _ or -');
export type AgencyCode = z.infer<typeof AgencyCode>;

export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export const Tlp = z.enum(TLP_LEVELS);
export type Tlp = z.infer<typeof Tlp>;

export const Releasability = z.object({
  tlp: Tlp,
  /** Agencies the owner released the item to, in addition to itself. */
  recipients: z.array(AgencyCode).max(64).default([]),
  /** Named sharing groups (a bilateral agreement is one), resolved to agencies by the server. */
  sharingGroups: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/))
    .max(16)
    .default([]),
});
export type Releasability = z.infer<typeof Releasability>;

export const Position = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Position = z.infer<typeof Position>;

/** Admiralty (NATO) grading: source reliability A-F, information credibility 1-6. */
export const Grading = z.object({
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  credibility: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
});
export type Grading = z.infer<typeof Grading>;

const FLAG_STATES: ReadonlySet<string> = new Set([...MID_TABLE.values()].map((f) => f.alpha2));

/** A vessel's flag: the ISO 3166-1 alpha-2 code of a state that registers ships (one holding an ITU MID). */
export const FlagCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => FLAG_STATES.has(s), 'a flag is the ISO 3166-1 alpha-2 code of a flag state, e.g. PA');
export type FlagCode = z.infer<typeof FlagCode>;

export const VesselSubject = z
  .object({
    mmsi: z.string().refine(isMmsiFormat, 'an MMSI is exactly 9 digits').optional(),
    imo: z.string().refine(isValidImo, 'an IMO number is 7 digits with a valid check digit').optional(),
    name: z.string().min(1).max(120).optional(),
    callSign: z.string().min(1).max(12).optional(),
    /** The flag the reporting record declares; compared with the MMSI's MID when the vessel is heard on AIS. */
    flag: FlagCode.optional(),
  })
  .refine((v) => v.mmsi ?? v.imo ?? v.name ?? v.callSign, 'a vessel needs at least one identifier');
export type VesselSubject = z.infer<typeof VesselSubject>;

export const Subjects = z.object({
  vessels: z.array(VesselSubject).max(50).default([]),
  containers: z
    .array(z.string().refine(isValidContainerNumber, 'not an ISO 6346 container number (check digit)'))
    .max(200)
    .default([]),
  organisations: z.array(z.string().min(1).max(200)).max(50).default([]),
  persons: z.array(z.string().min(1).max(200)).max(50).default([]),
});
export type Subjects = z.infer<typeof Subjects>;

export const COMMODITIES = ['firearms', 'ammunition', 'cocaine', 'cannabis', 'cash', 'other'] as const;
export const Commodity = z.enum(COMMODITIES);
export type Commodity = z.infer<typeof Commodity>;

export const QUANTITY_UNITS = ['items', 'rounds', 'kg', 'g', 'lb', 'l', 'USD', 'JMD', 'EUR'] as const;

export const SeizureDetails = z.object({
  commodity: Commodity,
  quantity: z.number().nonnegative().max(1e12),
  unit: z.enum(QUANTITY_UNITS),
  estimatedValueUsd: z.number().nonnegative().max(1e12).optional(),
  /** Harmonized System code, 4 to 10 digits, dots allowed (9302 revolvers and pistols, 9306 ammunition). */
  hsCode: z
    .string()
    .regex(/^\d{4}(\.?\d{2}){0,3}$/, 'an HS code is 4-10 digits')
    .optional(),
  /** Where the goods came from and were bound for (UN/LOCODE or a place name); the trends group routes by them. */
  origin: z.string().trim().min(1).max(120).optional(),
  destination: z.string().trim().min(1).max(120).optional(),
});
export type SeizureDetails = z.infer<typeof SeizureDetails>;

export const TRIAGE_STATUSES = ['new', 'triaged', 'actioned', 'closed'] as const;
export const TriageStatus = z.enum(TRIAGE_STATUSES);
export type TriageStatus = z.infer<typeof TriageStatus>;

/** Client-supplied ids make ingest idempotent; both UUIDv7 and ULID sort by creation time. */
export const EventId = z.union([z.uuidv7(), z.ulid()], { error: 'an event id is a UUIDv7 or a ULID' });
export type EventId = z.infer<typeof EventId>;

const Timestamp = IsoDateTime();

/** What a client submits. Everything added after v1 must be optional or defaulted. */
export const EventInput = z
  .object({
    id: EventId.optional(),
    kind: EventKind,
    title: z.string().trim().min(1).max(200),
    summary: z.string().max(4000).default(''),
    occurredAt: Timestamp,
    reportedAt: Timestamp.optional(),
    position: Position.optional(),
    /** UN/LOCODE (JMKIN) or a free place name. */
    place: z.string().trim().min(1).max(120).optional(),
    ownerAgency: AgencyCode,
    releasability: Releasability,
    severity: z.number().int().min(1).max(5),
    grading: Grading.optional(),
    subjects: Subjects.optional(),
    seizure: SeizureDetails.optional(),
    status: TriageStatus.default('new'),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.kind === 'seizure' && !input.seizure) {
      ctx.addIssue({ code: 'custom', path: ['seizure'], message: 'a seizure event needs seizure details' });
    }
    if (input.kind !== 'seizure' && input.seizure) {
      ctx.addIssue({ code: 'custom', path: ['seizure'], message: 'seizure details belong to seizure events only' });
    }
    if (input.releasability.recipients.includes(input.ownerAgency)) {
      ctx.addIssue({
        code: 'custom',
        path: ['releasability', 'recipients'],
        message: 'the owning agency always sees its own events; do not list it as a recipient',
      });
    }
  });
export type EventInput = z.input<typeof EventInput>;

/**
 * FED-13: what the owning agency may change of its event after it was written: its title, its summary and its
 * release (narrowed, widened). Names the version it is based on (optimistic concurrency, as triage does).
 */
export const EventEditInput = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    summary: z.string().max(4000).optional(),
    releasability: Releasability.optional(),
    baseVersion: z.number().int().positive(),
  })
  .strict()
  .refine(
    (e) => e.title !== undefined || e.summary !== undefined || e.releasability !== undefined,
    'change the title, the summary or the releasability',
  );
export type EventEditInput = z.input<typeof EventEditInput>;
export type ParsedEventInput = z.output<typeof EventInput>;

/** An event as stored and streamed: the input plus what the server assigns. */
export const IntelEvent = z.object({
  v: z.literal(EVENT_SCHEMA_VERSION),
  id: EventId,
  seq: z.number().int().positive(),
  kind: EventKind,
  title: z.string(),
  summary: z.string(),
  occurredAt: z.string(),
  reportedAt: z.string(),
  receivedAt: z.string(),
  position: Position.nullable(),
  place: z.string().nullable(),
  ownerAgency: AgencyCode,
  releasability: z.object({ tlp: Tlp, recipients: z.array(AgencyCode), sharingGroups: z.array(z.string()) }),
  severity: z.number().int().min(1).max(5),
  grading: Grading.nullable(),
  subjects: z.object({
    vessels: z.array(VesselSubject),
    containers: z.array(z.string()),
    organisations: z.array(z.string()),
    persons: z.array(z.string()),
  }),
  seizure: SeizureDetails.nullable(),
  status: TriageStatus,
  assigneeId: z.string().nullable(),
  /** Bumped by each triage change; a change names the version it was based on. */
  version: z.number().int().positive(),
  /** FED-6: the partner deployment this event was first written on; absent when it was written here. */
  origin: z.string().min(1).max(64).optional(),
});
export type IntelEvent = z.infer<typeof IntelEvent>;
