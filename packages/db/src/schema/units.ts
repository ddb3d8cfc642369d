import { sql } from 'drizzle-orm';
import { doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { sharingGroups } from './sharing-groups.ts';

/**
 * A patrol asset of one agency (cutter, interceptor, aircraft, helicopter, shore team), released like any item
 * (SPEC REL-*, OPSU-1). The stored position is the last one entered by hand or by a device; a unit with an
 * MMSI is also placed by the vessel picture, and readers take the newer of the two.
 */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerAgency: text('owner_agency')
      .notNull()
      .references(() => agencies.code),
    callSign: text('call_sign').notNull(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    maxSpeedKn: doublePrecision('max_speed_kn').notNull(),
    enduranceH: doublePrecision('endurance_h').notNull(),
    status: text('status').notNull(),
    mmsi: text('mmsi'),
    tlp: text('tlp').notNull(),
    recipients: text('recipients').array().notNull(),
    sharingGroups: text('sharing_groups').array().notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    courseDeg: doublePrecision('course_deg'),
    speedKn: doublePrecision('speed_kn'),
    positionAt: timestamp('position_at', { withTimezone: true, mode: 'string' }),
    positionSource: text('position_source'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'string' }),
    /** Optimistic concurrency: an edit names the version it was based on. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('units_owner_idx').on(t.ownerAgency), index('units_mmsi_idx').on(t.mmsi)],
);

/**
 * A unit sent to a target (an alert, an event, a vessel). The target's releasability is copied here when the
 * task is made, since a vessel has none of its own (the task's is then the tasking agency's, see OPSU-6) and
 * the read rule must be answerable in one query.
 */
export const unitTasks = pgTable(
  'unit_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    taskingAgency: text('tasking_agency')
      .notNull()
      .references(() => agencies.code),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    targetLabel: text('target_label').notNull(),
    targetOwner: text('target_owner').notNull(),
    targetTlp: text('target_tlp').notNull(),
    targetRecipients: text('target_recipients').array().notNull(),
    targetSharingGroups: text('target_sharing_groups').array().notNull(),
    /** The target's fix when tasked (an event's or alert's place); a vessel target is followed live by MMSI. */
    targetLat: doublePrecision('target_lat'),
    targetLon: doublePrecision('target_lon'),
    targetAt: timestamp('target_at', { withTimezone: true, mode: 'string' }),
    targetMmsi: text('target_mmsi'),
    state: text('state').notNull(),
    note: text('note').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    outcomeEventId: text('outcome_event_id'),
    /** The ETA promised when the unit accepted or set off; past it without being on scene, the task is overdue. */
    etaAt: timestamp('eta_at', { withTimezone: true, mode: 'string' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('unit_tasks_state_idx').on(t.state),
    // OPSU-4: a unit has at most one open task; of two racing taskings the database lets exactly one in.
    uniqueIndex('unit_tasks_one_open_per_unit')
      .on(t.unitId)
      .where(sql`${t.state} IN ('proposed', 'accepted', 'en_route', 'on_scene')`),
    index('unit_tasks_unit_idx').on(t.unitId),
  ],
);

/**
 * Agreements under which members may task each other's units (a shiprider agreement is one). Kept beside the
 * agreement rather than on it: sharing data and lending boats are separate decisions (OPSU-4).
 */
export const taskingAgreements = pgTable('tasking_agreements', {
  groupCode: text('group_code')
    .primaryKey()
    .references(() => sharingGroups.code),
  enabledAt: timestamp('enabled_at', { withTimezone: true, mode: 'string' }).notNull(),
});
