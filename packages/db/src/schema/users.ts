import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { units } from './units.ts';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyCode: text('agency_code')
    .notNull()
    .references(() => agencies.code),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  /** scrypt$N$r$p$salt$hash, never the password. */
  passwordHash: text('password_hash').notNull().default(''),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** I18N-4: the dashboard language the user chose ('en' | 'es' | 'fr'); null until they choose one. */
  language: text('language'),
});

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie token: a database dump gives no usable session. */
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** Agency API keys for feeds and integrations, and receive-only wall-display device tokens. */
export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyCode: text('agency_code')
    .notNull()
    .references(() => agencies.code),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  /** The first characters of the key, shown in lists so people can tell keys apart. */
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  scopes: text('scopes').array().notNull(),
  /** A TAK device credential (kind `tak`, COT-6) may be bound to one of its agency's units: its SA moves it. */
  unitId: uuid('unit_id').references(() => units.id),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
