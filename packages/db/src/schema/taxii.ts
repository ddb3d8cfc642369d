import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

/** One object of a TAXII POST that was refused, with the reason (TAXII status resource, `failures`). */
export interface TaxiiStatusFailure {
  id: string;
  version?: string;
  message: string;
}

/** One object of a TAXII POST that was stored or recognised (`successes`). */
export interface TaxiiStatusSuccess {
  id: string;
  version?: string;
  message?: string;
}

/**
 * The status resource of each TAXII POST (TAXII-7), stored so that any node can answer its poster. Only the
 * principal that posted may read it: `poster` is that principal's key or user id.
 */
export const taxiiStatuses = pgTable(
  'taxii_statuses',
  {
    id: uuid('id').primaryKey(),
    poster: text('poster').notNull(),
    agency: text('agency')
      .notNull()
      .references(() => agencies.code),
    collection: text('collection').notNull(),
    requestTimestamp: timestamp('request_timestamp', { withTimezone: true, mode: 'string' }).notNull(),
    totalCount: integer('total_count').notNull(),
    successes: jsonb('successes').$type<TaxiiStatusSuccess[]>().notNull(),
    failures: jsonb('failures').$type<TaxiiStatusFailure[]>().notNull(),
  },
  (t) => [index('taxii_statuses_request_timestamp_idx').on(t.requestTimestamp)],
);

export type TaxiiStatusRow = typeof taxiiStatuses.$inferSelect;

/**
 * The key that signs TAXII `next` cursors (TAXII-5): one row, made by the first node to start and read by every
 * other, so a cursor issued by one node is honoured by the next and a forged one is refused by all.
 */
export const taxiiCursorKey = pgTable('taxii_cursor_key', {
  id: integer('id').primaryKey(),
  secret: text('secret').notNull(),
});
