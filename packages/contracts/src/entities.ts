import { z } from 'zod';
import { isMmsiFormat, isValidImo } from '@tidewatch/ais';
import { AgencyCode, Releasability } from './event.ts';
import { isValidContainerNumber } from './identifiers.ts';
import { IsoDateTime } from './safe-input.ts';

/**
 * Shared entities: the people, companies, vessels, containers and weapons that events are about (issue 17;
 * SPEC ENT-*, FIRE-*, LINK-*). Each is a releasable record like an event, with identifiers and aliases, and
 * typed, dated, sourced links to other entities and to events, consignments and watchlist entries.
 */

export const ENTITY_KINDS = [
  'person',
  'organisation',
  'vessel',
  'container',
  'vehicle',
  'firearm',
  'identifier',
  'address',
  'crypto_wallet',
] as const;
export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;

export const IDENTIFIER_TYPES = [
  'passport',
  'national_id',
  'driving_licence',
  'tax_id',
  'company_registration',
  'imo',
  'mmsi',
  'call_sign',
  'container_number',
  'vin',
  'licence_plate',
  'firearm_serial',
  'phone',
  'email',
  'wallet_address',
  'other',
] as const;
export const IdentifierType = z.enum(IDENTIFIER_TYPES);
export type IdentifierType = z.infer<typeof IdentifierType>;

/** Identifiers whose form a standard fixes are checked here, so a typo never becomes a false match later. */
const CHECKED_FORMS: Partial<Record<IdentifierType, { valid: (value: string) => boolean; message: string }>> = {
  imo: { valid: (v) => isValidImo(v.trim()), message: 'an IMO number is 7 digits with a valid check digit' },
  mmsi: { valid: (v) => isMmsiFormat(v.trim()), message: 'an MMSI is exactly 9 digits' },
  container_number: {
    valid: isValidContainerNumber,
    message: 'an ISO 6346 container number is 4 letters and 7 digits with a valid check digit',
  },
};

export const EntityIdentifierInput = z
  .object({ type: IdentifierType, value: z.string().trim().min(1).max(120) })
  .strict()
  .superRefine((identifier, issues) => {
    const form = CHECKED_FORMS[identifier.type];
    if (form && !form.valid(identifier.value))
      issues.addIssue({ code: 'custom', path: ['value'], message: form.message });
  });
export type EntityIdentifierInput = z.infer<typeof EntityIdentifierInput>;

export const EntityIdentifier = z.object({
  type: IdentifierType,
  value: z.string(),
  /** The form used for matching: upper case, no spaces or dashes, the check digit kept. */
  normalised: z.string(),
});
export type EntityIdentifier = z.infer<typeof EntityIdentifier>;

export const FIREARM_TYPES = [
  'pistol',
  'revolver',
  'rifle',
  'shotgun',
  'submachine_gun',
  'machine_gun',
  'other',
] as const;
export const FirearmType = z.enum(FIREARM_TYPES);
export type FirearmType = z.infer<typeof FirearmType>;

/** FIRE-1: a serial that was ground off or changed is flagged, never silently compared as if intact. */
export const SERIAL_STATES = ['intact', 'obliterated', 'altered'] as const;
export const SerialState = z.enum(SERIAL_STATES);
export type SerialState = z.infer<typeof SerialState>;

const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code');

export const FirearmDetails = z
  .object({
    make: z.string().trim().min(1).max(80),
    model: z.string().trim().max(80).default(''),
    type: FirearmType,
    calibre: z.string().trim().max(40).default(''),
    /** As read from the weapon; empty when nothing is legible. */
    serial: z.string().trim().max(60).default(''),
    serialState: SerialState.default('intact'),
    countryOfManufacture: CountryCode.optional(),
    importerMark: z.string().trim().max(120).optional(),
  })
  .strict();
export type FirearmDetails = z.infer<typeof FirearmDetails>;
export type FirearmDetailsInput = z.input<typeof FirearmDetails>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

export const EntityInput = z
  .object({
    kind: EntityKind,
    name: z.string().trim().min(1).max(200),
    aliases: z.array(z.string().trim().min(1).max(200)).max(32).default([]),
    identifiers: z.array(EntityIdentifierInput).max(32).default([]),
    /** People only. */
    dateOfBirth: IsoDate.optional(),
    /** Firearms only; the serial also becomes a firearm_serial identifier. */
    firearm: FirearmDetails.optional(),
    /** The event the record was recovered or first seen with; linked as `recovered_in`/`subject_of`. */
    eventId: z.uuid().optional(),
    notes: z.string().trim().max(4000).default(''),
    releasability: Releasability,
  })
  .strict()
  .superRefine((input, issues) => {
    if (input.kind === 'firearm' && !input.firearm)
      issues.addIssue({ code: 'custom', path: ['firearm'], message: 'a firearm record needs its details' });
    if (input.kind !== 'firearm' && input.firearm)
      issues.addIssue({ code: 'custom', path: ['firearm'], message: 'only a firearm has firearm details' });
    if (input.kind !== 'person' && input.dateOfBirth)
      issues.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'only a person has a date of birth' });
  });
export type EntityInput = z.input<typeof EntityInput>;
export type ParsedEntityInput = z.output<typeof EntityInput>;

export const Entity = z.object({
  id: z.string(),
  kind: EntityKind,
  name: z.string(),
  aliases: z.array(z.string()),
  identifiers: z.array(EntityIdentifier),
  dateOfBirth: z.string().nullable(),
  firearm: FirearmDetails.extend({ serialNormalised: z.string() }).nullable(),
  notes: z.string(),
  ownerAgency: AgencyCode,
  releasability: Releasability,
  /** Set when an analyst merged this record into another (ENT-6); such a record leaves lists and searches. */
  mergedInto: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Entity = z.infer<typeof Entity>;

export const EntityPage = z.object({ items: z.array(Entity), total: z.number().int() });
export type EntityPage = z.infer<typeof EntityPage>;

export const LINK_TARGET_TYPES = ['entity', 'event', 'consignment', 'watchlist_entry'] as const;
export const LinkTargetType = z.enum(LINK_TARGET_TYPES);
export type LinkTargetType = z.infer<typeof LinkTargetType>;

export const LINK_RELATIONS = [
  'associate_of',
  'family_of',
  'member_of',
  'employs',
  'owns',
  'operates',
  'controls',
  'uses',
  'located_at',
  'shipped',
  'consigned_to',
  'carried',
  'recovered_in',
  'subject_of',
  'same_as',
  'listed_as',
  'other',
] as const;
export const LinkRelation = z.enum(LINK_RELATIONS);
export type LinkRelation = z.infer<typeof LinkRelation>;

export const EntityLinkInput = z
  .object({
    toType: LinkTargetType,
    toId: z.string().trim().min(1).max(64),
    relation: LinkRelation,
    validFrom: IsoDate.optional(),
    validTo: IsoDate.optional(),
    /** Where the link comes from: a report number, an interview, a manifest. */
    source: z.string().trim().min(1).max(300),
    releasability: Releasability,
  })
  .strict()
  .refine((l) => !l.validFrom || !l.validTo || l.validFrom <= l.validTo, {
    path: ['validTo'],
    message: 'validTo is before validFrom',
  });
export type EntityLinkInput = z.input<typeof EntityLinkInput>;

export const EntityLink = z.object({
  id: z.string(),
  fromEntityId: z.string(),
  toType: LinkTargetType,
  toId: z.string(),
  /** The far end's label for display: an entity's name, an event's title; only ever something the reader may read. */
  toLabel: z.string(),
  relation: LinkRelation,
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  source: z.string(),
  ownerAgency: AgencyCode,
  releasability: Releasability,
  createdAt: z.string(),
});
export type EntityLink = z.infer<typeof EntityLink>;

/** One record and its readable neighbourhood (LINK-2): what does not pass appears nowhere, not even as a count. */
export const EntityDetail = z.object({
  entity: Entity,
  links: z.array(EntityLink),
  /** Records merged into this one that the reader may read, with their identifiers and aliases. */
  merged: z.array(Entity),
});
export type EntityDetail = z.infer<typeof EntityDetail>;

export const ResolutionSuggestion = z.object({
  candidate: Entity,
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()),
});
export type ResolutionSuggestion = z.infer<typeof ResolutionSuggestion>;

export const ResolutionDecisionInput = z
  .object({ candidateId: z.uuid(), decision: z.enum(['accept', 'reject']) })
  .strict();
export type ResolutionDecisionInput = z.infer<typeof ResolutionDecisionInput>;

export const ResolutionOutcome = z.object({
  /** `merged`: both records were the caller's agency's; `linked`: a same_as link between agencies (ENT-7). */
  outcome: z.enum(['merged', 'linked', 'rejected', 'split']),
  entityId: z.string(),
  candidateId: z.string(),
});
export type ResolutionOutcome = z.infer<typeof ResolutionOutcome>;

export const EntityHistoryEntry = z.object({
  action: z.enum(['create', 'merge', 'split', 'reject']),
  otherEntityId: z.string().nullable(),
  by: z.string(),
  at: IsoDateTime(),
});
export type EntityHistoryEntry = z.infer<typeof EntityHistoryEntry>;

/** FIRE-3: another readable firearm with the same serial, and the readable events each was recovered with. */
export const FirearmMatch = z.object({
  firearm: Entity,
  events: z.array(z.object({ id: z.string(), title: z.string(), ownerAgency: AgencyCode })),
});
export type FirearmMatch = z.infer<typeof FirearmMatch>;

export const EntitySearchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: EntityKind.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type EntitySearchQuery = z.infer<typeof EntitySearchQuery>;
