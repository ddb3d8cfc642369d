import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

/** A shared list of subjects of interest, owned by an agency and released like an event (SPEC REL-*). */
export const watchlists = pgTable(
  'watchlists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    ownerAgency: text('owner_agency')
      .notNull()
      .references(() => agencies.code),
    tlp: text('tlp').notNull(),
    recipients: text('recipients').array().notNull(),
    sharingGroups: text('sharing_groups').array().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'string' }),
    /** Optimistic concurrency: an edit names the version it was based on. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('watchlists_owner_idx').on(t.ownerAgency)],
);

/** One subject on a list. Entries inherit the list's releasability: they are never read without it. */
export const watchlistEntries = pgTable(
  'watchlist_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    watchlistId: uuid('watchlist_id')
      .notNull()
      .references(() => watchlists.id),
    kind: text('kind').notNull(),
    mmsi: text('mmsi'),
    imo: text('imo'),
    name: text('name'),
    callSign: text('call_sign'),
    containerNumber: text('container_number'),
    country: text('country'),
    reason: text('reason').notNull(),
    addedBy: text('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true, mode: 'string' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('watchlist_entries_list_idx').on(t.watchlistId),
    index('watchlist_entries_mmsi_idx').on(t.mmsi),
    index('watchlist_entries_imo_idx').on(t.imo),
    index('watchlist_entries_container_idx').on(t.containerNumber),
  ],
);

/** Every version an entry had (create, import, edit, retire), so a change never loses what it replaced. */
export const watchlistEntryChanges = pgTable(
  'watchlist_entry_changes',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => watchlistEntries.id),
    version: integer('version').notNull(),
    change: text('change').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    by: text('by').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('watchlist_entry_changes_idx').on(t.entryId, t.version)],
);
