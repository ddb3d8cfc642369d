import type { AreaOfInterest, IntelEvent, Tlp, TrackPoint, VesselSummary } from '@tidewatch/contracts';
import { splitLineAtAntimeridian, splitRingAtAntimeridian } from './antimeridian.ts';
import { layerTlp, type GisFeature, type GisGeometry, type GisLayer } from './layer.ts';

/**
 * AIS is broadcast in the clear, but the picture a deployment assembles (its receivers, its coverage) is the
 * community's: vessel exports are marked TLP:GREEN.
 */
export const AIS_PICTURE_TLP: Tlp = 'GREEN';

export function eventsLayer(events: readonly IntelEvent[], generatedAtMs: number): GisLayer {
  const features: GisFeature[] = [];
  let withoutPosition = 0;
  for (const e of events) {
    if (!e.position) {
      withoutPosition++;
      continue;
    }
    features.push({
      name: e.title,
      geometry: { type: 'Point', coordinates: [e.position.lon, e.position.lat] },
      whenMs: Date.parse(e.occurredAt),
      tlp: e.releasability.tlp,
      properties: {
        id: e.id,
        seq: e.seq,
        kind: e.kind,
        title: e.title,
        occurredAt: e.occurredAt,
        reportedAt: e.reportedAt,
        ownerAgency: e.ownerAgency,
        tlp: e.releasability.tlp,
        recipients: e.releasability.recipients,
        sharingGroups: e.releasability.sharingGroups,
        severity: e.severity,
        place: e.place,
        status: e.status,
        commodity: e.seizure?.commodity ?? null,
        quantity: e.seizure?.quantity ?? null,
        unit: e.seizure?.unit ?? null,
      },
    });
  }
  return {
    title: 'Tidewatch events',
    tlp: layerTlp(features, 'CLEAR'),
    generatedAtMs,
    features,
    // Said in the file, so nobody takes the map for every event of the filter.
    notes: { eventsWithoutPosition: withoutPosition },
  };
}

export function vesselsLayer(vessels: readonly VesselSummary[], generatedAtMs: number): GisLayer {
  const features: GisFeature[] = [];
  for (const v of vessels) {
    if (!v.position) continue;
    features.push({
      name: v.name ?? `MMSI ${v.mmsi}`,
      geometry: { type: 'Point', coordinates: [v.position.lon, v.position.lat] },
      ...(v.lastReportAt ? { whenMs: Date.parse(v.lastReportAt) } : {}),
      tlp: AIS_PICTURE_TLP,
      properties: {
        mmsi: v.mmsi,
        name: v.name,
        callSign: v.callSign,
        imo: v.imo,
        category: v.category,
        flag: v.flag?.alpha2 ?? null,
        status: v.status,
        lastReportAt: v.lastReportAt,
      },
    });
  }
  return { title: 'Tidewatch vessels', tlp: AIS_PICTURE_TLP, generatedAtMs, features, notes: {} };
}

export function trackLayer(
  vessel: { mmsi: number; name: string | null },
  points: readonly TrackPoint[],
  generatedAtMs: number,
): GisLayer {
  const timed = points.map((p) => ({ lon: p.lon, lat: p.lat, atMs: Date.parse(p.at) }));
  const parts = splitLineAtAntimeridian(timed)
    // A line needs two positions; a lone fix (or the stub of a cut) says nothing about the path.
    .filter((part) => part.length >= 2)
    .map((part) => ({
      coordinates: part.map((p): [number, number] => [p.lon, p.lat]),
      timesMs: part.map((p) => p.atMs),
    }));
  const features: GisFeature[] =
    parts.length === 0
      ? []
      : [
          {
            name: `${vessel.name ?? `MMSI ${vessel.mmsi}`} track`,
            geometry: { type: 'TimedLines', parts },
            tlp: AIS_PICTURE_TLP,
            properties: {
              mmsi: vessel.mmsi,
              name: vessel.name,
              from: points[0]?.at ?? null,
              to: points.at(-1)?.at ?? null,
              positions: points.length,
            },
          },
        ];
  return { title: `Tidewatch track of MMSI ${vessel.mmsi}`, tlp: AIS_PICTURE_TLP, generatedAtMs, features, notes: {} };
}

/** An area's ring as RFC 7946 wants it: counter-clockwise, cut where it crosses the antimeridian. */
export function areaGeometry(ring: readonly [number, number][]): GisGeometry | null {
  const parts = splitRingAtAntimeridian(ring);
  if (!parts || parts.length === 0) return null;
  const [only] = parts;
  return parts.length === 1 && only
    ? { type: 'Polygon', coordinates: [only] }
    : { type: 'MultiPolygon', coordinates: parts.map((p) => [p]) };
}

export function areasLayer(areas: readonly AreaOfInterest[], generatedAtMs: number): GisLayer {
  const features: GisFeature[] = [];
  for (const a of areas) {
    const geometry = areaGeometry(a.ring);
    if (!geometry) continue;
    features.push({
      name: a.name,
      geometry,
      tlp: a.releasability.tlp,
      properties: {
        id: a.id,
        name: a.name,
        ownerAgency: a.ownerAgency,
        tlp: a.releasability.tlp,
        recipients: a.releasability.recipients,
        sharingGroups: a.releasability.sharingGroups,
        createdBy: a.createdBy,
        createdAt: a.createdAt,
        retiredAt: a.retiredAt,
      },
    });
  }
  return { title: 'Tidewatch areas of interest', tlp: layerTlp(features, 'CLEAR'), generatedAtMs, features, notes: {} };
}
