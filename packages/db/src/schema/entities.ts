// biome-ignore lint/suspicious/noDeprecatedImports: only primaryKey's positional overload is deprecated; this file uses the { columns } form
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { EntityIdentifier, FirearmDetails } from '@tidewatch/contracts';
import { agencies } from './agencies.ts';

/** Shared entities (issue 17, SPEC ENT-*): releasable like events, one row per record. */
export const entities = pgTable(
  'entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Upper case, no accents, transliterated: what search compares (ENT-2). */
    nameKey: text('name_key').notNull(),
    aliases: text('aliases').array().notNull(),
    /** The aliases in the form of nameKey, for search. */
    aliasKeys: text('alias_keys').array().notNull(),
    identifiers: jsonb('identifiers').$type<EntityIdentifier[]>().notNull(),
    dateOfBirth: text('date_of_birth'),
    firearm: jsonb('firearm').$type<FirearmDetails & { serialNormalised: string }>(),
    notes: text('notes').notNull(),
    ownerAgency: text('owner_agency')
      .notNull()
      .references(() => agencies.code),
    tlp: text('tlp').notNull(),
    recipients: text('recipients').array().notNull(),
    sharingGroups: text('sharing_groups').array().notNull(),
    /** ENT-6: the record this one was merged into; it then leaves lists, searches and suggestions. */
    mergedInto: uuid('merged_into'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('entities_kind_idx').on(t.kind, t.createdAt), index('entities_name_key_idx').on(t.nameKey)],
);

/** Every identifier of every record in matching form, so "who else has this serial" is an index lookup (FIRE-3). */
export const entityIdentifiers = pgTable(
  'entity_identifiers',
  {
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    type: text('type').notNull(),
    normalised: text('normalised').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entityId, t.type, t.normalised] }),
    index('entity_identifiers_value_idx').on(t.type, t.normalised),
  ],
);

/** LINK-1: typed, dated, sourced links from an entity to an entity, event, consignment or watchlist entry. */
export const entityLinks = pgTable(
  'entity_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromEntityId: uuid('from_entity_id')
      .notNull()
      .references(() => entities.id),
    toType: text('to_type').notNull(),
    toId: text('to_id').notNull(),
    relation: text('relation').notNull(),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    source: text('source').notNull(),
    ownerAgency: text('owner_agency')
      .notNull()
      .references(() => agencies.code),
    tlp: text('tlp').notNull(),
    recipients: text('recipients').array().notNull(),
    sharingGroups: text('sharing_groups').array().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('entity_links_from_idx').on(t.fromEntityId), index('entity_links_to_idx').on(t.toType, t.toId)],
);

/** ENT-6: what happened to a record: created, merged into or absorbing another, split out again, a rejection. */
export const entityHistory = pgTable(
  'entity_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    action: text('action').notNull(),
    otherEntityId: uuid('other_entity_id'),
    agency: text('agency').notNull(),
    by: text('by').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('entity_history_entity_idx').on(t.entityId, t.at)],
);

/** ENT-5: an agency's answer on a suggested pair (lower id first), so a rejected pair is not suggested again. */
export const entityResolutionDecisions = pgTable(
  'entity_resolution_decisions',
  {
    firstId: uuid('first_id')
      .notNull()
      .references(() => entities.id),
    secondId: uuid('second_id')
      .notNull()
      .references(() => entities.id),
    agency: text('agency').notNull(),
    decision: text('decision').notNull(),
    by: text('by').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.firstId, t.secondId, t.agency] })],
);
