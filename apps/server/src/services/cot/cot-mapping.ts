import type { IntelEvent, Task, Unit, UnitType, VesselCategory } from '@tidewatch/contracts';
import { type CotEventOut, knotsToMs } from './cot-xml.ts';

/**
 * What Tidewatch items look like as CoT (SPEC COT-2): vessels, units, events and tasks to `CotEventOut`. Pure;
 * the stale time of each kind is passed in by the stream, which knows the configured ageing.
 */

/** COT-2: a vessel is suspect to a reader that may read an open alert or a watchlist hit on it, else unknown. */
export type VesselAffiliation = 'suspect' | 'unknown';

/** The part of a vessel in the picture the stream sends (VesselState has it; the benchmark builds it). */
export interface VesselForCot {
  mmsi: number;
  lat: number;
  lon: number;
  cog: number | null;
  sog: number | null;
  positionAt: number;
  name: string | null;
  category: VesselCategory;
}

/**
 * MIL-STD-2525 function codes under sea surface (S), as CoT types carry them: X non-military, X-M merchant
 * (C cargo, O oil tanker, P passenger), X-F fishing, X-R recreational, X-L law enforcement, X-H high speed.
 */
const SURFACE_FUNCTION: Record<VesselCategory, string> = {
  other: 'S-X',
  cargo: 'S-X-M-C',
  tanker: 'S-X-M-O',
  passenger: 'S-X-M-P',
  fishing: 'S-X-F',
  pleasure: 'S-X-R',
  high_speed: 'S-X-H',
  law_enforcement: 'S-X-L',
  tug_service: 'S-X-M-T-U',
};

export function vesselCotType(category: VesselCategory, affiliation: VesselAffiliation): string {
  return `a-${affiliation === 'suspect' ? 's' : 'u'}-${SURFACE_FUNCTION[category]}`;
}

export const vesselUid = (mmsi: number): string => `MMSI-${mmsi}`;

/** Units are friendly (f): law-enforcement vessels, military fixed and rotary wing, a ground combat team. */
const UNIT_FUNCTION: Record<UnitType, string> = {
  cutter: 'S-X-L',
  interceptor: 'S-X-L',
  aircraft: 'A-M-F',
  helicopter: 'A-M-H',
  shore_team: 'G-U-C',
};

export const unitCotType = (type: UnitType): string => `a-f-${UNIT_FUNCTION[type]}`;
export const unitUid = (id: string): string => `TW-UNIT-${id}`;
export const eventUid = (id: string): string => `TW-EVT-${id}`;
export const taskUid = (id: string): string => `TW-TASK-${id}`;

/** A spot map marker: TAK clients draw it as a dot with the callsign and show the remarks on tap. */
export const EVENT_MARKER_TYPE = 'b-m-p-s-m';
export const ROUTE_TYPE = 'b-m-r';
export const WAYPOINT_TYPE = 'b-m-p-w';

export function vesselToCot(
  vessel: VesselForCot,
  affiliation: VesselAffiliation,
  nowMs: number,
  staleAfterMs: number,
): CotEventOut {
  return {
    uid: vesselUid(vessel.mmsi),
    type: vesselCotType(vessel.category, affiliation),
    how: 'm-g',
    timeMs: nowMs,
    startMs: vessel.positionAt,
    // COT-3: stale when the picture itself will call the vessel stale.
    staleMs: Math.max(nowMs, vessel.positionAt + staleAfterMs),
    point: { lat: vessel.lat, lon: vessel.lon },
    callsign: vessel.name?.trim() || String(vessel.mmsi),
    ...(vessel.cog !== null && vessel.sog !== null
      ? { track: { courseDeg: vessel.cog, speedMs: knotsToMs(vessel.sog) } }
      : {}),
  };
}

/** A unit with a position; answers undefined for one that never reported (nothing to draw). */
export function unitToCot(unit: Unit, nowMs: number, staleAfterMs: number): CotEventOut | undefined {
  const position = unit.position;
  if (!position) return undefined;
  const at = Date.parse(position.at);
  return {
    uid: unitUid(unit.id),
    type: unitCotType(unit.type),
    how: position.source === 'manual' ? 'h-e' : 'm-g',
    timeMs: nowMs,
    startMs: at,
    staleMs: Math.max(nowMs, at + staleAfterMs),
    point: { lat: position.lat, lon: position.lon },
    callsign: unit.callSign,
    remarks: `${unit.ownerAgency} ${unit.type} ${unit.name} (${unit.status})`.replace(/\s+/g, ' '),
    ...(position.courseDeg !== null && position.speedKn !== null
      ? { track: { courseDeg: position.courseDeg, speedMs: knotsToMs(position.speedKn) } }
      : {}),
  };
}

/** An event with a position as a marker, stale `markerLifeMs` after it is sent (it is re-sent while kept). */
export function eventToCot(event: IntelEvent, nowMs: number, markerLifeMs: number): CotEventOut | undefined {
  if (!event.position) return undefined;
  const occurred = Date.parse(event.occurredAt);
  return {
    uid: eventUid(event.id),
    type: EVENT_MARKER_TYPE,
    how: 'h-e',
    timeMs: nowMs,
    startMs: Number.isFinite(occurred) ? occurred : nowMs,
    staleMs: nowMs + markerLifeMs,
    point: { lat: event.position.lat, lon: event.position.lon },
    callsign: event.title,
    remarks: `${event.kind} · ${event.releasability.tlp} · ${event.ownerAgency}${event.summary ? ` · ${event.summary}` : ''}`,
  };
}

/**
 * An open task as a route from its unit to where it meets the target (the intercept point, else the target's
 * last position). Answers undefined while either end is unknown.
 */
export function taskToCot(
  task: Task,
  unitPosition: { lat: number; lon: number } | null,
  nowMs: number,
  routeLifeMs: number,
): CotEventOut | undefined {
  const meet = task.intercept.possible ? task.intercept : task.targetPosition;
  if (!unitPosition || !meet) return undefined;
  const eta = task.intercept.possible ? ` ETA ${task.intercept.eta}` : ` (${task.intercept.reason})`;
  return {
    uid: taskUid(task.id),
    type: ROUTE_TYPE,
    how: 'h-e',
    timeMs: nowMs,
    startMs: nowMs,
    staleMs: nowMs + routeLifeMs,
    point: { lat: unitPosition.lat, lon: unitPosition.lon },
    callsign: `${task.unitCallSign} → ${task.targetLabel}`,
    remarks: `${task.state}${eta}${task.overdue ? ' OVERDUE' : ''}`,
    links: [
      { uid: `${taskUid(task.id)}-unit`, type: WAYPOINT_TYPE, callsign: task.unitCallSign, point: unitPosition },
      { uid: `${taskUid(task.id)}-target`, type: WAYPOINT_TYPE, callsign: task.targetLabel, point: meet },
    ],
  };
}
