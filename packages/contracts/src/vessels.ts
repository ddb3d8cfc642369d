import { z } from 'zod';
import type { ApiError } from './api.ts';
import { IsoDateTime } from './safe-input.ts';
import { NearbyWeather, PersonsOnBoard } from './sea-notices.ts';

/**
 * The vessel picture on the wire: REST DTOs (search, card, track, feeds) and the compact viewport stream
 * over Socket.IO. Every socket message carries `v`.
 */
export const VESSEL_STREAM_VERSION = 1 as const;

/** Map symbol classes; the index of each is its code in a stream row. */
export const VESSEL_CATEGORIES = [
  'other',
  'cargo',
  'tanker',
  'passenger',
  'fishing',
  'pleasure',
  'high_speed',
  'law_enforcement',
  'tug_service',
] as const;
export const VesselCategory = z.enum(VESSEL_CATEGORIES);
export type VesselCategory = z.infer<typeof VesselCategory>;

/** live: reporting; stale: silent longer than the stale threshold; lost: silent longer than the lost one. */
export const VESSEL_STATUSES = ['live', 'stale', 'lost'] as const;
export const VesselStatus = z.enum(VESSEL_STATUSES);
export type VesselStatus = z.infer<typeof VesselStatus>;

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

/** [minLon, minLat, maxLon, maxLat] in degrees; minLon > maxLon means the box crosses the antimeridian. */
export const ViewportBbox = z.tuple([lon, lat, lon, lat]).refine(([, minLat, , maxLat]) => minLat <= maxLat, {
  message: 'bbox is [minLon, minLat, maxLon, maxLat]; minLat must not exceed maxLat',
});
export type ViewportBbox = z.infer<typeof ViewportBbox>;

/** Client -> server `vessels:subscribe`: sent on connect and again whenever the viewport changes. */
export const VesselSubscribe = z
  .object({
    v: z.literal(VESSEL_STREAM_VERSION),
    bbox: ViewportBbox,
    zoom: z.number().min(0).max(24),
  })
  .strict();
export type VesselSubscribe = z.infer<typeof VesselSubscribe>;

export const VesselUnsubscribe = z.object({ v: z.literal(VESSEL_STREAM_VERSION) }).strict();
export type VesselUnsubscribe = z.infer<typeof VesselUnsubscribe>;

export type VesselSubscribeAck = { ok: true; vessels: number } | ({ ok: false } & ApiError);

/**
 * Field order of one vessel in `VesselBatch.rows` (flattened, VESSEL_ROW_WIDTH numbers per vessel):
 * mmsi; lon and lat in 1e-5 degrees (about 1 m); sog in 0.1 kn (-1 unknown); cog in 0.1 deg (-1 unknown);
 * heading in whole degrees (-1 unknown); category (index in VESSEL_CATEGORIES); status (index in
 * VESSEL_STATUSES); age of the last position in whole seconds at `VesselBatch.at`.
 */
export const VESSEL_ROW_FIELDS = ['mmsi', 'lon', 'lat', 'sog', 'cog', 'heading', 'category', 'status', 'age'] as const;
export const VESSEL_ROW_WIDTH = VESSEL_ROW_FIELDS.length;

/**
 * Flattened rows, checked by a plain loop: a zod element schema over 180,000 numbers would cost more than
 * drawing them, and this loop is a fraction of a millisecond.
 */
const VesselRows = z.custom<number[]>(
  (value) => Array.isArray(value) && value.every((n) => typeof n === 'number'),
  'expected an array of numbers',
);

export const VesselBatch = z.object({
  v: z.literal(VESSEL_STREAM_VERSION),
  /** snapshot: everything in the viewport (replaces what the client holds); update: changes since the last batch. */
  kind: z.enum(['snapshot', 'update']),
  /** Per-socket batch counter, from 1 at each snapshot. */
  seq: z.number().int(),
  /** Server time of the batch, epoch ms. */
  at: z.number(),
  rows: VesselRows,
  /** [mmsi, name] for vessels whose name this client has not been sent yet (or that changed name). */
  names: z.array(z.tuple([z.number(), z.string()])),
  /** Vessels the client should drop: they left the viewport, were lost, or were forgotten. */
  removed: z.array(z.number()),
});
export type VesselBatch = z.infer<typeof VesselBatch>;

/** A decoded stream row (what the map layer works with). */
export interface VesselRow {
  mmsi: number;
  lon: number;
  lat: number;
  sog: number | null;
  cog: number | null;
  heading: number | null;
  category: VesselCategory;
  status: VesselStatus;
  ageSeconds: number;
}

/** Decodes the flattened rows of a batch. */
export function readVesselRows(rows: readonly number[]): VesselRow[] {
  const out: VesselRow[] = [];
  for (let i = 0; i + VESSEL_ROW_WIDTH <= rows.length; i += VESSEL_ROW_WIDTH) {
    const at = (k: number): number => rows[i + k] ?? -1;
    out.push({
      mmsi: at(0),
      lon: at(1) / 1e5,
      lat: at(2) / 1e5,
      sog: at(3) < 0 ? null : at(3) / 10,
      cog: at(4) < 0 ? null : at(4) / 10,
      heading: at(5) < 0 ? null : at(5),
      category: VESSEL_CATEGORIES[at(6)] ?? 'other',
      status: VESSEL_STATUSES[at(7)] ?? 'live',
      ageSeconds: at(8),
    });
  }
  return out;
}

export const Flag = z.object({ alpha2: z.string(), name: z.string() });
export type Flag = z.infer<typeof Flag>;

export const VesselSummary = z.object({
  mmsi: z.number().int(),
  name: z.string().nullable(),
  callSign: z.string().nullable(),
  imo: z.number().int().nullable(),
  category: VesselCategory,
  flag: Flag.nullable(),
  position: z.object({ lat, lon }).nullable(),
  status: VesselStatus,
  lastReportAt: z.string().nullable(),
});
export type VesselSummary = z.infer<typeof VesselSummary>;

export const VesselSearchResult = z.object({ items: z.array(VesselSummary) });
export type VesselSearchResult = z.infer<typeof VesselSearchResult>;

/** Query of GET /api/v1/vessels: `q` matches name or call sign (contains), MMSI or IMO (prefix). */
export const VesselSearchQuery = z
  .object({
    q: z.string().trim().min(1).max(64).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();
export type VesselSearchQuery = z.output<typeof VesselSearchQuery>;

export const MmsiParam = z
  .string()
  .regex(/^\d{9}$/, 'an MMSI is nine digits')
  .transform(Number);

export const VesselCard = z.object({
  mmsi: z.number().int(),
  mmsiKind: z.string(),
  flag: Flag.nullable(),
  name: z.string().nullable(),
  callSign: z.string().nullable(),
  imo: z.number().int().nullable(),
  shipType: z.number().int().nullable(),
  category: VesselCategory,
  /** 'A' or 'B' transponder, from the last position report. */
  aisClass: z.enum(['A', 'B']).nullable(),
  dimensions: z
    .object({
      length: z.number(),
      beam: z.number(),
      toBow: z.number(),
      toStern: z.number(),
      toPort: z.number(),
      toStarboard: z.number(),
    })
    .nullable(),
  position: z.object({ lat, lon }).nullable(),
  sog: z.number().nullable(),
  cog: z.number().nullable(),
  heading: z.number().nullable(),
  navStatus: z.number().int().nullable(),
  voyage: z.object({ destination: z.string().nullable(), eta: z.string().nullable(), draught: z.number().nullable() }),
  status: VesselStatus,
  lastReportAt: z.string().nullable(),
  lastPositionAt: z.string().nullable(),
  /** Seconds since the last position report (null: none yet). */
  ageSeconds: z.number().nullable(),
  /** Recent positions, oldest first: [epoch ms, lon, lat]. */
  trail: z.array(z.tuple([z.number(), z.number(), z.number()])),
  /** As the ship last reported it by AIS binary message; null when it never did. */
  personsOnBoard: PersonsOnBoard.nullable(),
  /** The nearest recent weather observation at sea; null when none is near. */
  weatherNearby: NearbyWeather.nullable(),
});
export type VesselCard = z.infer<typeof VesselCard>;

export const VesselTrackQuery = z
  .object({
    from: IsoDateTime().optional(),
    to: IsoDateTime().optional(),
    limit: z.coerce.number().int().min(1).max(20_000).default(5000),
  })
  .strict();
export type VesselTrackQuery = z.output<typeof VesselTrackQuery>;

export const TrackPoint = z.object({
  at: z.string(),
  lat,
  lon,
  sog: z.number().nullable(),
  cog: z.number().nullable(),
  heading: z.number().nullable(),
});
export type TrackPoint = z.infer<typeof TrackPoint>;

export const VesselTrack = z.object({
  mmsi: z.number().int(),
  from: z.string(),
  to: z.string(),
  points: z.array(TrackPoint),
});
export type VesselTrack = z.infer<typeof VesselTrack>;

export const FeedStats = z.object({
  /** The node whose feed this is: every node lists every node's feeds (a feed runs on one node only). */
  node: z.string(),
  name: z.string(),
  kind: z.enum(['tcp-client', 'tcp-server', 'udp', 'http', 'internal']),
  /** host:port for a client, port for listeners, the POST path for http. */
  endpoint: z.string(),
  state: z.enum(['connecting', 'connected', 'backoff', 'listening', 'ready', 'stopped', 'failed']),
  connections: z.number().int(),
  lines: z.number().int(),
  linesPerSecond: z.number(),
  decoded: z.number().int(),
  rejected: z.number().int(),
  rejectedByReason: z.record(z.string(), z.number().int()),
  lastMessageAt: z.string().nullable(),
  lastMessageAgeSeconds: z.number().nullable(),
  reconnects: z.number().int(),
  lastError: z.string().nullable(),
});
export type FeedStats = z.infer<typeof FeedStats>;

export const FeedList = z.object({ feeds: z.array(FeedStats) });
export type FeedList = z.infer<typeof FeedList>;

export const NmeaPostResult = z.object({
  lines: z.number().int(),
  decoded: z.number().int(),
  rejected: z.number().int(),
  rejectedByReason: z.record(z.string(), z.number().int()),
});
export type NmeaPostResult = z.infer<typeof NmeaPostResult>;

export const FeedsSubscribe = z.object({ v: z.literal(VESSEL_STREAM_VERSION) }).strict();
export type FeedsSubscribe = z.infer<typeof FeedsSubscribe>;

/** Stops the `feeds:stats` messages a `feeds:subscribe` started (the feeds panel closed). */
export const FeedsUnsubscribe = z.object({ v: z.literal(VESSEL_STREAM_VERSION) }).strict();
export type FeedsUnsubscribe = z.infer<typeof FeedsUnsubscribe>;

export type FeedsAck = { ok: true } | ({ ok: false } & ApiError);

export const FeedStatsMessage = z.object({ v: z.literal(VESSEL_STREAM_VERSION), feeds: z.array(FeedStats) });
export type FeedStatsMessage = z.infer<typeof FeedStatsMessage>;

export interface VesselClientToServerEvents {
  'vessels:subscribe': (input: VesselSubscribe, ack?: (result: VesselSubscribeAck) => void) => void;
  /** The ack is optional: it exists so that a refused payload can be answered like on every other event. */
  'vessels:unsubscribe': (input: VesselUnsubscribe, ack?: (result: FeedsAck) => void) => void;
  'feeds:subscribe': (input: FeedsSubscribe, ack?: (result: FeedsAck) => void) => void;
  'feeds:unsubscribe': (input: FeedsUnsubscribe, ack?: (result: FeedsAck) => void) => void;
}
