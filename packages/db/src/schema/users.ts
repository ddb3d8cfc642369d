import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyCode: text('agency_code')
    .notNull()
    .references(() => agencies.code),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
