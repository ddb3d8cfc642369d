import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const agencies = pgTable('agencies', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  country: text('country').notNull(),
  /**
   * FED-1: the partner deployment that hosts this agency (a remote agency), or null when this deployment hosts
   * it. A remote agency can be named in releasability and agreements but never holds a user or key here.
   */
  homeDeployment: text('home_deployment'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
