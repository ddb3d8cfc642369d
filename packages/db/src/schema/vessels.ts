import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  pgTable,
  // biome-ignore lint/suspicious/noDeprecatedImports: only primaryKey's positional overload is deprecated; this file uses the { columns } form
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * Static and voyage data last heard per MMSI, so a vessel card and a search still answer after a restart or
 * for a vessel that has left the live picture. Upserted in batches from the picture's static changes.
 */
export const vesselStatics = pgTable(
  'vessel_statics',
  {
    mmsi: integer('mmsi').primaryKey(),
    name: text('name'),
    callSign: text('call_sign'),
    imo: integer('imo'),
    shipType: smallint('ship_type'),
    toBow: smallint('to_bow').notNull(),
    toStern: smallint('to_stern').notNull(),
    toPort: smallint('to_port').notNull(),
    toStarboard: smallint('to_starboard').notNull(),
    destination: text('destination'),
    eta: timestamp('eta', { withTimezone: true, mode: 'date' }),
    draught: real('draught'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('vessel_statics_name_idx').on(sql`upper(${t.name})`), index('vessel_statics_imo_idx').on(t.imo)],
);

/**
 * Downsampled track points (about one a minute per vessel, more on turns). The primary key (mmsi, at) is the
 * index the history query walks, and makes a re-sent point a no-op.
 */
export const vesselTrackPoints = pgTable(
  'vessel_track_points',
  {
    mmsi: integer('mmsi').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    sog: real('sog'),
    cog: real('cog'),
    heading: smallint('heading'),
  },
  (t) => [primaryKey({ columns: [t.mmsi, t.at] }), index('vessel_track_points_at_idx').on(t.at)],
);

export type VesselStaticRow = typeof vesselStatics.$inferSelect;
export type VesselTrackPointRow = typeof vesselTrackPoints.$inferSelect;
