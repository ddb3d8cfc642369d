import { z } from 'zod';
import { AgencyCode, EVENT_SCHEMA_VERSION, Releasability, Tlp } from './event.ts';
import { WatchlistMatch } from './watchlists.ts';
import { IsoDateTime } from './safe-input.ts';

/**
 * Derived alerts: what the detectors, the watchlist matcher and the cargo scorer found. Each is announced as
 * an event (kind vessel_alert, watchlist_hit or cargo_alert) and kept here with its parameters and evidence,
 * fetched by any of its event ids: GET /api/v1/alerts/:eventId.
 */

export const ALERT_TYPES = [
  'ais_gap',
  'encounter',
  'loitering',
  'impossible_movement',
  'identity_anomaly',
  'port_visit',
  'area_entry',
  'area_exit',
  'watchlist_hit',
  'cargo_risk',
] as const;
export const AlertType = z.enum(ALERT_TYPES);
export type AlertType = z.infer<typeof AlertType>;

export const ALERT_STATUSES = ['provisional', 'ongoing', 'final', 'revised', 'retracted'] as const;
export const AlertStatus = z.enum(ALERT_STATUSES);
export type AlertStatus = z.infer<typeof AlertStatus>;

/** A kept fix: [epoch ms, lat, lon, speed over ground in knots or -1]. */
export const EvidencePoint = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export const EvidenceTrack = z.object({ mmsi: z.string(), points: z.array(EvidencePoint) });
export type EvidenceTrack = z.infer<typeof EvidenceTrack>;

export const DerivedAlert = z.object({
  /** The id of the first event that announced it. */
  id: z.string(),
  /** Every event about it, oldest first: a revision (a gap changed by late data) is announced by a new event. */
  eventIds: z.array(z.string()),
  type: AlertType,
  status: AlertStatus,
  /** Vessels concerned, as 9-digit MMSI strings. */
  mmsis: z.array(z.string()),
  startAt: z.string(),
  endAt: z.string().nullable(),
  position: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  summary: z.string(),
  parameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  evidence: z.object({
    tracks: z.array(EvidenceTrack),
    matches: z.array(WatchlistMatch),
    /** What was matched or scored: a vessel, a consignment or an event. */
    subject: z.object({ type: z.enum(['vessel', 'consignment', 'event']), id: z.string() }).nullable(),
    watchlistId: z.string().nullable(),
    entryId: z.string().nullable(),
    areaId: z.string().nullable(),
  }),
  ownerAgency: AgencyCode,
  releasability: z.object({ tlp: Tlp, recipients: z.array(z.string()), sharingGroups: z.array(z.string()) }),
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type DerivedAlert = z.infer<typeof DerivedAlert>;

/** GET /api/v1/alerts */
export const AlertQuery = z
  .object({
    mmsi: z
      .string()
      .regex(/^\d{9}$/)
      .optional(),
    type: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(AlertType).min(1))
      .optional(),
    from: IsoDateTime().optional(),
    to: IsoDateTime().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type AlertQuery = z.output<typeof AlertQuery>;

export const AlertUpdatedMessage = z.object({ v: z.literal(EVENT_SCHEMA_VERSION), alert: DerivedAlert });
export type AlertUpdatedMessage = z.infer<typeof AlertUpdatedMessage>;

/** Areas of interest: drawn on the map, stored, shared like watchlists; vessels entering or leaving raise alerts. */
export const AreaInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    /** A closed or open ring of [lon, lat]; a simple polygon of at least 3 distinct corners (SPEC DATA-2, checked by the domain). */
    ring: z
      .array(z.tuple([z.number(), z.number()]))
      .min(3)
      .max(501),
    releasability: Releasability,
  })
  .strict();
export type AreaInput = z.input<typeof AreaInput>;

export const AreaOfInterest = z.object({
  id: z.string(),
  name: z.string(),
  ring: z.array(z.tuple([z.number(), z.number()])),
  ownerAgency: AgencyCode,
  releasability: z.object({ tlp: Tlp, recipients: z.array(z.string()), sharingGroups: z.array(z.string()) }),
  createdBy: z.string(),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
});
export type AreaOfInterest = z.infer<typeof AreaOfInterest>;
