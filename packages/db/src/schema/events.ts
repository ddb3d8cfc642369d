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
    search: tsvector('search').generatedAlwaysAs(
      (): SQL =>
        sql`to_tsvector('simple', ${events.title} || ' ' || ${events.summary} || ' ' || coalesce(${events.place}, ''))`,
    ),
  },
  (t) => [
    index('events_occurred_at_idx').on(t.occurredAt),
    index('events_kind_occurred_at_idx').on(t.kind, t.occurredAt),
    index('events_owner_agency_idx').on(t.ownerAgency),
    // Bounding-box queries use `point(lon, lat) <@ box(...)`, which this GiST index serves.
    index('events_position_gist_idx').using('gist', sql`point(${t.lon}, ${t.lat})`),
    index('events_search_idx').using('gin', t.search),
    // Seizure trends (issue 6): a partial index holds only seizures, so a per-commodity trend reads a small
    // index instead of every event of the period. The time-range trends use a covering partial index
    // (events_seizure_trend_idx, INCLUDE columns) that drizzle cannot declare: drizzle/0008_seizure_trend_covering_index.sql.
    index('events_seizure_commodity_idx').on(sql`(${t.seizure}->>'commodity')`, t.occurredAt).where(sql`${t.kind} = 'seizure'`),
  ],
);

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;
