import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  // biome-ignore lint/suspicious/noDeprecatedImports: only primaryKey's positional overload is deprecated; this file uses the { columns } form
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SummaryChange, SummaryContent } from '@tidewatch/contracts';
import { agencies } from './agencies.ts';
import { users } from './users.ts';

/**
 * Stored daily summaries, one row per (agency viewpoint, local date, revision). Rows are never updated: late
 * data adds revision n+1 with what changed, so what a commander read and acknowledged stays as it was.
 * The unique index is also what keeps several nodes from storing the same revision twice.
 */
export const dailySummaries = pgTable(
  'daily_summaries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agency: text('agency')
      .notNull()
      .references(() => agencies.code),
    summaryDate: date('summary_date', { mode: 'string' }).notNull(),
    revision: integer('revision').notNull(),
    periodStart: timestamp('period_start', { withTimezone: true, mode: 'string' }).notNull(),
    periodEnd: timestamp('period_end', { withTimezone: true, mode: 'string' }).notNull(),
    timeZone: text('time_zone').notNull(),
    hour: smallint('hour').notNull(),
    /** The agency's active sharing groups when computed: the releasability scope the figures were counted in. */
    viewerGroups: text('viewer_groups').array().notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true, mode: 'string' }).notNull(),
    generatedBy: text('generated_by').notNull(),
    reason: text('reason').notNull(),
    content: jsonb('content').$type<SummaryContent>().notNull(),
    changes: jsonb('changes').$type<SummaryChange[]>().notNull(),
  },
  (t) => [
    uniqueIndex('daily_summaries_agency_date_revision_uq').on(t.agency, t.summaryDate, t.revision),
    index('daily_summaries_date_idx').on(t.summaryDate),
  ],
);

/** Who acknowledged which revision, and when; one acknowledgement per user and revision. */
export const summaryAcknowledgements = pgTable(
  'summary_acknowledgements',
  {
    summaryId: uuid('summary_id')
      .notNull()
      .references(() => dailySummaries.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    userName: text('user_name').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.summaryId, t.userId] })],
);

export type DailySummaryRow = typeof dailySummaries.$inferSelect;
export type NewDailySummaryRow = typeof dailySummaries.$inferInsert;
export type SummaryAcknowledgementRow = typeof summaryAcknowledgements.$inferSelect;
