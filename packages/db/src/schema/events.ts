import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Grading, SeizureDetails } from '@tidewatch/contracts';
import { agencies } from './agencies.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export interface StoredSubjects {
  vessels: { mmsi?: string; imo?: string; name?: string; callSign?: string; flag?: string }[];
  containers: string[];
  organisations: string[];
  persons: string[];
}

/**
 * Gap-free event sequence. A counter row (not a SEQUENCE) because the row lock serialises writers in commit
 * order and a rolled-back insert gives its number back: readers can then trust that seq N+1 follows N.
 */
export const eventSequence = pgTable('event_sequence', {
  id: integer('id').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull(),
  /**
   * The commit time given to the last numbered events. The next insert takes the later of the clock and this,
   * under the same row lock as the seq, so `events.added_at` never decreases as seq grows (TAXII-4).
   */
  addedAt: timestamp('added_at', { withTimezone: true, mode: 'string' }).notNull().default(sql`'-infinity'`),
  /**
   * FED-13: the last position given to an event change (event_changes.pos). Taken under this row's lock, as seq
   * is, so changes are numbered in commit order and a partner's change cursor never passes one still in flight.
   */
  changes: bigint('changes', { mode: 'number' }).notNull().default(0),
});

export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull().unique(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'string' }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' }).notNull(),
    /**
     * When the event was numbered, taken under the seq lock (event-insert.ts): non-decreasing in seq order across
     * nodes, unlike receivedAt (each node's clock, before batching). TAXII's date_added (TAXII-4).
     */
    addedAt: timestamp('added_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /**
     * The STIX ids of the event's objects (incident, location, located-at; packages/stix eventStixIds), set at
     * insert: STIX ids are UUIDv5 (SHA-1), which SQL cannot derive, and TAXII's match[id] must find them (TAXII-3).
     */
    stixIds: text('stix_ids').array().notNull().default(sql`'{}'::text[]`),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    place: text('place'),
    ownerAgency: text('owner_agency')
      .notNull()
      .references(() => agencies.code),
    tlp: text('tlp').notNull(),
    recipients: text('recipients').array().notNull(),
    sharingGroups: text('sharing_groups').array().notNull(),
    severity: smallint('severity').notNull(),
    grading: jsonb('grading').$type<Grading>(),
    subjects: jsonb('subjects').$type<StoredSubjects>().notNull(),
    seizure: jsonb('seizure').$type<SeizureDetails>(),
    status: text('status').notNull(),
    assigneeId: uuid('assignee_id'),
    /** Bumped by each triage change; a change names the version it was based on. */
    version: integer('version').notNull().default(1),
    /** FED-6: the deployment the event was first written on, when a partner sent it here; null when written here. */
    originDeployment: text('origin_deployment'),
    /**
     * FED-14: when a partner withdrew this received event (narrowed its release, or it was refused a newer
     * version). The row stays as a tombstone, labelled so no agency here can read it and emptied of content, so
     * an older copy arriving later cannot bring it back (its version is compared).
     */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'string' }),
    search: tsvector('search').generatedAlwaysAs(
      (): SQL =>
        sql`to_tsvector('simple', ${events.title} || ' ' || ${events.summary} || ' ' || coalesce(${events.place}, ''))`,
    ),
    // Seizure trends (issue 6): the seizure details a trend reads, as plain columns. An index can carry a
    // column (INCLUDE) but not an expression over one, so these let events_seizure_trend_idx answer a trend
    // alone (index-only scan) without carrying, and parsing on every row, the whole seizure document.
    seizureCommodity: text('seizure_commodity').generatedAlwaysAs((): SQL => sql`${events.seizure}->>'commodity'`),
    seizureValueUsd: doublePrecision('seizure_value_usd').generatedAlwaysAs(
      (): SQL => sql`(${events.seizure}->>'estimatedValueUsd')::float8`,
    ),
    /** 'origin → destination' ('?' for a missing end) when the seizure names either, else null. */
    seizureRoute: text('seizure_route').generatedAlwaysAs(
      (): SQL => sql`CASE WHEN ${events.seizure} ? 'origin' OR ${events.seizure} ? 'destination'
        THEN coalesce(${events.seizure}->>'origin', '?') || ' → ' || coalesce(${events.seizure}->>'destination', '?') END`,
    ),
  },
  (t) => [
    index('events_occurred_at_idx').on(t.occurredAt),
    index('events_kind_occurred_at_idx').on(t.kind, t.occurredAt),
    index('events_owner_agency_idx').on(t.ownerAgency),
    // TAXII added_after (TAXII-4): the first seq added after a time, found without a scan.
    index('events_added_at_idx').on(t.addedAt, t.seq),
    index('events_stix_ids_idx').using('gin', t.stixIds),
    // Bounding-box queries use `point(lon, lat) <@ box(...)`, which this GiST index serves.
    index('events_position_gist_idx').using('gist', sql`point(${t.lon}, ${t.lat})`),
    index('events_search_idx').using('gin', t.search),
    // Seizure trends (issue 6) read a covering partial index (events_seizure_trend_idx: only seizures, by time,
    // INCLUDE columns) that drizzle cannot declare: drizzle/0010_seizure_trend_columns.sql.
  ],
);

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;
