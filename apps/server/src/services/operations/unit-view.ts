import type { Unit, UnitFreshness, UnitPosition, UnitStatus, UnitType } from '@tidewatch/contracts';
import type { UnitRow } from '@tidewatch/db';
import type { Pursuer, Releasable } from '@tidewatch/domain';
import type { OperationsServices } from './ops-services.ts';

export function unitReleasable(row: UnitRow): Releasable {
  return {
    ownerAgency: row.ownerAgency,
    tlp: row.tlp as Releasable['tlp'],
    recipients: row.recipients,
    sharingGroups: row.sharingGroups,
  };
}

/**
 * The unit's newest fix: the stored one (entered by hand or by a device) or its own AIS in the vessel picture,
 * whichever is later. A fix from AIS is never written back: the picture is the record of AIS.
 */
export function effectivePosition(row: UnitRow, ops: OperationsServices): UnitPosition | null {
  const stored: UnitPosition | null =
    row.lat !== null && row.lon !== null && row.positionAt !== null
      ? {
          lat: row.lat,
          lon: row.lon,
          courseDeg: row.courseDeg,
          speedKn: row.speedKn,
          at: new Date(row.positionAt).toISOString(),
          source: row.positionSource === 'tak' ? 'tak' : 'manual',
        }
      : null;
  const ais = row.mmsi === null ? undefined : ops.fixOf(row.mmsi);
  if (ais && (!stored || ais.atMs > Date.parse(stored.at)))
    return {
      lat: ais.lat,
      lon: ais.lon,
      courseDeg: ais.courseDeg,
      speedKn: ais.speedKn,
      at: new Date(ais.atMs).toISOString(),
      source: 'ais',
    };
  return stored;
}

/** OPSU-2: a unit ages like a vessel; one that never reported is lost. */
export function freshnessOf(position: UnitPosition | null, ops: OperationsServices, nowMs: number): UnitFreshness {
  if (!position) return 'lost';
  const age = nowMs - Date.parse(position.at);
  if (age >= ops.lostAfterMs) return 'lost';
  return age >= ops.staleAfterMs ? 'stale' : 'live';
}

export function toUnit(row: UnitRow, ops: OperationsServices, nowMs: number): Unit {
  const position = effectivePosition(row, ops);
  return {
    id: row.id,
    ownerAgency: row.ownerAgency,
    callSign: row.callSign,
    name: row.name,
    type: row.type as UnitType,
    maxSpeedKn: row.maxSpeedKn,
    enduranceH: row.enduranceH,
    status: row.status as UnitStatus,
    mmsi: row.mmsi,
    releasability: {
      tlp: row.tlp as Unit['releasability']['tlp'],
      recipients: row.recipients,
      sharingGroups: row.sharingGroups,
    },
    position,
    freshness: freshnessOf(position, ops, nowMs),
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** The unit as a pursuer: where it is and what it can do. A lost unit has no usable position. */
export function pursuerOf(unit: Unit): Pursuer | undefined {
  if (!unit.position || unit.freshness === 'lost') return undefined;
  const immobile = unit.status === 'out_of_service';
  return {
    lat: unit.position.lat,
    lon: unit.position.lon,
    maxSpeedKn: immobile ? 0 : unit.maxSpeedKn,
    enduranceH: unit.enduranceH,
  };
}
