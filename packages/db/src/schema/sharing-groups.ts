// biome-ignore lint/suspicious/noDeprecatedImports: only primaryKey's positional overload is deprecated; this file uses the { columns } form
import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

/** A named agreement between agencies (a customs mutual assistance agreement is one). */
export const sharingGroups = pgTable('sharing_groups', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export const sharingGroupMembers = pgTable(
  'sharing_group_members',
  {
    groupCode: text('group_code')
      .notNull()
      .references(() => sharingGroups.code),
    agencyCode: text('agency_code')
      .notNull()
      .references(() => agencies.code),
  },
  (t) => [primaryKey({ columns: [t.groupCode, t.agencyCode] })],
);
