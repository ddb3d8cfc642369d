import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { events } from './events.ts';

/**
 * FED-13: one row per change of a stored event after its insert (an owner's edit of content or release, a newer
 * version or a withdrawal received from a partner), numbered in commit order (event_sequence.changes). Partners
 * pull it after the events themselves: the feed sends each changed event's current version to a partner that may
 * read it, and a tombstone to one that could read it before the change (`prev*`, the label it replaced) and no
 * longer may.
 */
export const eventChanges = pgTable(
  'event_changes',
  {
    pos: bigint('pos', { mode: 'number' }).primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    prevTlp: text('prev_tlp').notNull(),
    prevRecipients: text('prev_recipients').array().notNull(),
    prevSharingGroups: text('prev_sharing_groups').array().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('event_changes_event_idx').on(t.eventId)],
);

export type EventChangeRow = typeof eventChanges.$inferSelect;
