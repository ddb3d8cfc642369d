import type { VesselCard, VesselSummary } from '@tidewatch/contracts';
import type { VesselStaticRecord } from '@tidewatch/db';
import { categoryOfShipType, identityOf, type SeaNotices, type VesselState } from '@tidewatch/domain';

const iso = (ms: number): string | null => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);

function flagOf(mmsi: number): VesselSummary['flag'] {
  const { flag } = identityOf(mmsi);
  return flag === null ? null : { alpha2: flag.alpha2, name: flag.name };
}

export function toSummary(v: VesselState): VesselSummary {
  return {
    mmsi: v.mmsi,
    name: v.name,
    callSign: v.callSign,
    imo: v.imo,
    category: v.category,
    flag: flagOf(v.mmsi),
    position: v.hasPosition ? { lat: v.lat, lon: v.lon } : null,
    status: v.status,
    lastReportAt: iso(v.lastAt),
  };
}

/** The live card; `notices` gives the weather nearest the vessel's position. */
export function toCard(v: VesselState, nowMs: number, notices: SeaNotices): VesselCard {
  const length = v.toBow + v.toStern;
  const beam = v.toPort + v.toStarboard;
  return {
    ...toSummary(v),
    mmsiKind: identityOf(v.mmsi).kind,
    shipType: v.shipType,
    aisClass: v.aisClass,
    dimensions:
      length + beam > 0
        ? { length, beam, toBow: v.toBow, toStern: v.toStern, toPort: v.toPort, toStarboard: v.toStarboard }
        : null,
    sog: v.sog,
    cog: v.cog,
    heading: v.heading,
    navStatus: v.navStatus,
    voyage: { destination: v.destination, eta: v.etaMs === null ? null : iso(v.etaMs), draught: v.draught },
    lastPositionAt: iso(v.positionAt),
    ageSeconds: v.hasPosition ? Math.max(0, Math.round((nowMs - v.positionAt) / 1000)) : null,
    trail: v.trail.toArray(),
    personsOnBoard:
      v.personsOnBoard === null ? null : { count: v.personsOnBoard, reportedAt: new Date(v.personsAt).toISOString() },
    weatherNearby: v.hasPosition ? notices.nearestWeather(v.lat, v.lon) : null,
  };
}

/** A card from stored static data, for a vessel no longer in the live picture. */
export function cardFromStatic(s: VesselStaticRecord): VesselCard {
  const length = s.toBow + s.toStern;
  const beam = s.toPort + s.toStarboard;
  return {
    mmsi: s.mmsi,
    mmsiKind: identityOf(s.mmsi).kind,
    flag: flagOf(s.mmsi),
    name: s.name,
    callSign: s.callSign,
    imo: s.imo,
    shipType: s.shipType,
    category: categoryOfShipType(s.shipType),
    aisClass: null,
    dimensions:
      length + beam > 0
        ? { length, beam, toBow: s.toBow, toStern: s.toStern, toPort: s.toPort, toStarboard: s.toStarboard }
        : null,
    position: null,
    sog: null,
    cog: null,
    heading: null,
    navStatus: null,
    voyage: { destination: s.destination, eta: s.eta?.toISOString() ?? null, draught: s.draught },
    status: 'lost',
    lastReportAt: s.updatedAt.toISOString(),
    lastPositionAt: null,
    ageSeconds: null,
    trail: [],
    personsOnBoard: null,
    weatherNearby: null,
  };
}
