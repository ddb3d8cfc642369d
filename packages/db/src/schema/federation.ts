import { bigint, boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A partner deployment (FED-*): where to pull its feed, the credential this deployment presents there, the hash
 * of the credential it presents here, and the state of the link. The agencies it hosts are the agencies rows
 * whose home_deployment is its id.
 */
export const federationPartners = pgTable('federation_partners', {
  /** The partner's deployment id, as it names itself (its DEPLOYMENT_ID); the origin of what it sends. */
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Base URL of the partner's Tidewatch (its feed is at /api/v1/federation/feed). */
  baseUrl: text('base_url').notNull(),
  /** What this deployment sends as a bearer token to the partner. Kept as given: it must be sent, not checked. */
  outboundToken: text('outbound_token').notNull(),
  /** SHA-256 of the token the partner sends here (AUTH-3: never the token itself). */
  inboundTokenHash: text('inbound_token_hash').notNull().unique(),
  enabled: boolean('enabled').notNull().default(true),
  /** FED-8: the last partner seq whose items are stored here; moves in the transaction that stores them. */
  cursor: bigint('cursor', { mode: 'number' }).notNull().default(0),
  /** FED-13: the last partner change position (a new version or a withdrawal) applied here; moves with `cursor`. */
  changeCursor: bigint('change_cursor', { mode: 'number' }).notNull().default(0),
  /** FED-14: received events the partner withdrew here (tombstoned). */
  withdrawnCount: bigint('withdrawn_count', { mode: 'number' }).notNull().default(0),
  /** FED-13: newer versions of received events applied here. */
  updatedCount: bigint('updated_count', { mode: 'number' }).notNull().default(0),
  /** The partner's latest seq as it last told us, for the lag shown on the Partners screen. */
  partnerLatestSeq: bigint('partner_latest_seq', { mode: 'number' }).notNull().default(0),
  receivedCount: bigint('received_count', { mode: 'number' }).notNull().default(0),
  refusedCount: bigint('refused_count', { mode: 'number' }).notNull().default(0),
  garbageCount: bigint('garbage_count', { mode: 'number' }).notNull().default(0),
  /** Items the partner pulled from here (counted by the serving side). */
  sentCount: bigint('sent_count', { mode: 'number' }).notNull().default(0),
  lastPullAt: timestamp('last_pull_at', { withTimezone: true, mode: 'string' }),
  lastServedAt: timestamp('last_served_at', { withTimezone: true, mode: 'string' }),
  lastError: text('last_error'),
  lastErrorAt: timestamp('last_error_at', { withTimezone: true, mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type FederationPartnerRow = typeof federationPartners.$inferSelect;
