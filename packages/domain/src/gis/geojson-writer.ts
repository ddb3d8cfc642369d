import { isoOf, markingOf, TLP_STATEMENT, type GisFeature, type GisLayer, type GisValue } from './layer.ts';

/** RFC 7946 geometry as written: WGS 84 longitude, latitude; no `crs` member. */
export type GeoJsonGeometry =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'LineString'; coordinates: [number, number][] }
  | { type: 'MultiLineString'; coordinates: [number, number][][] }
  | { type: 'Polygon'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

export interface GeoJsonFeature {
  type: 'Feature';
  geometry: GeoJsonGeometry;
  properties: Record<string, GisValue | readonly (readonly string[])[] | { times: string[] | string[][] }>;
}

/** The FeatureCollection with the marking as foreign members (RFC 7946 §6.1), ahead of the features. */
export interface GeoJsonDocument {
  type: 'FeatureCollection';
  name: string;
  marking: string;
  markingStatement: string;
  generatedAt: string;
  notes: Record<string, number | string>;
  features: GeoJsonFeature[];
}

function geometryOf(feature: GisFeature): { geometry: GeoJsonGeometry; coordTimes?: string[] | string[][] } {
  const g = feature.geometry;
  if (g.type !== 'TimedLines') return { geometry: g };
  // Per-vertex times under both names readers of KML tracks and GPX use: `coordTimes` (togeojson up to 4,
  // Mapbox) and `coordinateProperties.times` (togeojson 5 and later, Placemark).
  const times = g.parts.map((p) => p.timesMs.map(isoOf));
  if (g.parts.length === 1) {
    return { geometry: { type: 'LineString', coordinates: g.parts[0]?.coordinates ?? [] }, coordTimes: times[0] };
  }
  return { geometry: { type: 'MultiLineString', coordinates: g.parts.map((p) => p.coordinates) }, coordTimes: times };
}

export function toGeoJson(layer: GisLayer): GeoJsonDocument {
  return {
    type: 'FeatureCollection',
    name: layer.title,
    marking: markingOf(layer.tlp),
    markingStatement: TLP_STATEMENT[layer.tlp],
    generatedAt: isoOf(layer.generatedAtMs),
    notes: layer.notes,
    features: layer.features.map((feature) => {
      const { geometry, coordTimes } = geometryOf(feature);
      return {
        type: 'Feature',
        geometry,
        properties: {
          name: feature.name,
          marking: markingOf(feature.tlp),
          ...feature.properties,
          ...(coordTimes ? { coordTimes, coordinateProperties: { times: coordTimes } } : {}),
        },
      };
    }),
  };
}
