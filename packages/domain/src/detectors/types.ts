/** What the detectors read and what they emit. Times are epoch milliseconds, passed in by the caller. */

import type { AlertStatus } from '@tidewatch/contracts';

export type { AlertStatus };

/** What the vessel detectors raise; a subset of the contract's AlertType (the rest come from matching and cargo). */
export const DETECTOR_ALERT_TYPES = [
  'ais_gap',
  'encounter',
  'loitering',
  'impossible_movement',
  'identity_anomaly',
  'port_visit',
  'area_entry',
  'area_exit',
] as const;
export type DetectorAlertType = (typeof DETECTOR_ALERT_TYPES)[number];

/*
 * Statuses: provisional: past the threshold but not over (a gap still open); ongoing: confirmed and still
 * happening; final: over, bounds known; revised: late data changed the bounds; retracted: late data showed it
 * never crossed the threshold (kept, never silently dropped).
 */

export interface PositionObservation {
  mmsi: number;
  at: number;
  lat: number;
  lon: number;
  /** Speed over ground in knots, null when not available. */
  sog: number | null;
}

export interface StaticObservation {
  mmsi: number;
  at: number;
  imo: number | null;
  name: string | null;
  callSign: string | null;
  shipType: number | null;
  /** Flag declared elsewhere (a registry, a manifest), ISO 3166 alpha-2; compared with the MMSI's MID. */
  declaredFlag?: string | null;
}

/** A fix kept as evidence: [epoch ms, lat, lon, sog or -1]. Compact because evidence goes into events. */
export type EvidencePoint = [number, number, number, number];

export interface EvidenceTrack {
  mmsi: number;
  points: EvidencePoint[];
}

export type AlertParameters = Record<string, number | string | boolean | null>;

export interface DetectorAlert {
  /** Stable across revisions of the same occurrence (a gap keeps its id when late data moves its bounds). */
  id: string;
  type: DetectorAlertType;
  status: AlertStatus;
  mmsis: number[];
  startAt: number;
  endAt: number | null;
  lat: number;
  lon: number;
  /** The thresholds that applied and what was measured against them. */
  parameters: AlertParameters;
  evidence: EvidenceTrack[];
  /** The area of interest an entry or exit concerns (its releasability applies, REL-6). */
  areaId: string | null;
  summary: string;
}

export type AlertSink = (alert: DetectorAlert) => void;
