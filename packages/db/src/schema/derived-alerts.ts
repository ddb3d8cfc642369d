import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

/** Evidence of a derived alert as stored (the wire shape is DerivedAlert in @tidewatch/contracts). */
export interface StoredAlertEvidence {
  tracks: { mmsi: string; points: [number, number, number, number][] }[];
  matches: { field: string; value: string; entryValue: string; how: string; score: number }[];
  subject: { type: 'vessel' | 'consignment' | 'event'; id: string } | null;
  watchlistId: string | null;
  entryId: string | null;
  areaId: string | null;
}

/**
 * Alerts derived by detectors, watchlist matching and cargo scoring, with their parameters and evidence. The
 * row is keyed by the id of the event that first announced it; `alert_key` is the detector's stable id, so a
 * revision (late data moving a gap) updates this row and the new event's id is appended to `event_ids`.
 */
export const derivedAlerts = pgTable(
  'derived_alerts',
  {
    id: text('id').primaryKey(),
    alertKey: text('alert_key').notNull().unique(),
    eventIds: text('event_ids').array().notNull(),
    type: text('type').notNull(),
    status: text('status').notNull(),
    mmsis: text('mmsis').array().notNull(),
    startAt: timestamp('start_at', { withTimezone: true, mode: 'string' }).notNull(),
    endAt: timestamp('end_at', { withTimezone: true, mode: 'string' }),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    summary: text('summary').notNull(),
    parameters: jsonb('parameters').$type<Record<string, string | number | boolean | null>>().notNull(),
    evidence: jsonb('evidence').$type<StoredAlertEvidence>().notNull(),
    ownerAgency: text('owner_agency')
      .notNull()
      .references(() => agencies.code),
    tlp: text('tlp').notNull(),
    recipients: text('recipients').array().notNull(),
    sharingGroups: text('sharing_groups').array().notNull(),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    index('derived_alerts_mmsis_idx').using('gin', t.mmsis),
    index('derived_alerts_event_ids_idx').using('gin', t.eventIds),
    index('derived_alerts_type_start_idx').on(t.type, t.startAt),
  ],
);

/** Areas of interest drawn on the map; shared like watchlists; entry and exit alerts carry their releasability. */
export const areasOfInterest = pgTable('areas_of_interest', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  ring: jsonb('ring').$type<[number, number][]>().notNull(),
  ownerAgency: text('owner_agency')
    .notNull()
    .references(() => agencies.code),
  tlp: text('tlp').notNull(),
  recipients: text('recipients').array().notNull(),
  sharingGroups: text('sharing_groups').array().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'string' }),
});
