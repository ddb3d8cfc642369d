// biome-ignore lint/suspicious/noDeprecatedImports: only primaryKey's positional overload is deprecated; this file uses the { columns } form
import { index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

/**
 * STIX objects Tidewatch does not map (a partner's indicator, malware, an incident without our extension),
 * kept verbatim as "other STIX objects" (issue 15 s.1, XCH-4). Each belongs to the agency that imported it
 * and is released by the TLP its markings name (AMBER when unmarked, with no recipients): read through the
 * same `visibleTo` as every other item. One row per agency and STIX id: the latest `modified` wins.
 */
export const stixOtherObjects = pgTable(
  'stix_other_objects',
  {
    ownerAgency: text('owner_agency')
      .notNull()
      .references(() => agencies.code),
    stixId: text('stix_id').notNull(),
    type: text('type').notNull(),
    /** The object's `modified` (or `created`), '' for objects that carry neither (cyber observables). */
    modified: text('modified').notNull(),
    name: text('name'),
    object: jsonb('object').$type<Record<string, unknown>>().notNull(),
    tlp: text('tlp').notNull(),
    recipients: text('recipients').array().notNull(),
    sharingGroups: text('sharing_groups').array().notNull(),
    importedBy: text('imported_by').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerAgency, t.stixId] }),
    index('stix_other_objects_imported_idx').on(t.importedAt),
  ],
);

/**
 * Which STIX object (id and `modified`) an agency has already imported, and the Tidewatch item it became:
 * re-posting a bundle finds its objects here and creates nothing new (XCH-2).
 */
export const stixImports = pgTable(
  'stix_imports',
  {
    ownerAgency: text('owner_agency')
      .notNull()
      .references(() => agencies.code),
    stixId: text('stix_id').notNull(),
    modified: text('modified').notNull(),
    itemKind: text('item_kind').notNull(),
    itemId: text('item_id').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerAgency, t.stixId] })],
);
