import { checkRing } from '../geometry/simple-ring.ts';
import { splitRingAtAntimeridian } from './antimeridian.ts';

/** An area found in an uploaded file, checked (DATA-2) and ready to be created. */
export interface ImportedArea {
  /** Index of the feature in the file (0-based; for KML, the placemark's place among the placemarks). */
  index: number;
  name: string;
  ring: [number, number][];
}

export interface RefusedFeature {
  index: number;
  name: string | null;
  reason: string;
}

export interface AreaImportPlan {
  accepted: ImportedArea[];
  refused: RefusedFeature[];
}

/** The most features one file may hold; more is refused whole (a file is a handful of drawn areas). */
export const MAX_IMPORT_FEATURES = 500;
/** The most corners one imported area may have: what an area drawn in Tidewatch may have (AreaInput, closed). */
export const MAX_IMPORT_CORNERS = 500;
const NAME_MAX = 120;

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The features of a GeoJSON text's value: a FeatureCollection, one Feature, or a bare geometry. */
export function featuresOf(doc: Json): { features: Json[] } | { error: string } {
  if (!isObject(doc)) return { error: 'the file is not a GeoJSON object' };
  if (doc.type === 'FeatureCollection') {
    if (!Array.isArray(doc.features)) return { error: 'a FeatureCollection needs a features array' };
    return { features: doc.features };
  }
  if (doc.type === 'Feature') return { features: [doc] };
  if (typeof doc.type === 'string' && 'coordinates' in doc) return { features: [{ type: 'Feature', geometry: doc }] };
  return { error: 'the file is neither a FeatureCollection, a Feature nor a geometry' };
}

function nameOf(feature: Record<string, Json>): string | null {
  const props = isObject(feature.properties) ? feature.properties : {};
  for (const key of ['name', 'Name', 'NAME', 'title']) {
    const v = props[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim().slice(0, NAME_MAX);
  }
  return null;
}

/** A position array as [lon, lat] pairs (altitude dropped), or why not. */
function positions(ring: Json): [number, number][] | string {
  if (!Array.isArray(ring)) return 'a ring is not an array of positions';
  // The ring may repeat its first corner; checked exactly once closed, below.
  if (ring.length > MAX_IMPORT_CORNERS + 1)
    return `an area has at most ${MAX_IMPORT_CORNERS} corners (this ring has ${ring.length} positions)`;
  const out: [number, number][] = [];
  for (const [i, p] of ring.entries()) {
    if (
      !Array.isArray(p) ||
      p.length < 2 ||
      p.length > 3 ||
      !p.every((n) => typeof n === 'number' && Number.isFinite(n))
    )
      return `position ${i} is not [longitude, latitude] in numbers`;
    out.push([p[0] as number, p[1] as number]);
  }
  return out;
}

/**
 * A KML MultiGeometry of polygons reads as a GeometryCollection: taken as a MultiPolygon when every member is
 * a Polygon, refused otherwise.
 */
function polygonsOfCollection(members: Json): Json[] | undefined {
  if (!Array.isArray(members)) return undefined;
  const polygons: Json[] = [];
  for (const g of members) {
    if (!isObject(g) || g.type !== 'Polygon') return undefined;
    polygons.push(g.coordinates);
  }
  return polygons;
}

/** The exterior rings of a Polygon or MultiPolygon geometry, or why it is not one area. */
function exteriorRings(geometry: Json): [number, number][][] | string {
  if (!isObject(geometry)) return 'it has no geometry';
  const type = geometry.type;
  const polygons =
    type === 'Polygon'
      ? [geometry.coordinates]
      : type === 'MultiPolygon'
        ? geometry.coordinates
        : type === 'GeometryCollection'
          ? polygonsOfCollection(geometry.geometries)
          : undefined;
  if (polygons === undefined)
    return `a ${typeof type === 'string' ? type : 'geometry'} is not an area: areas are polygons`;
  if (!Array.isArray(polygons) || polygons.length === 0) return `the ${type} has no coordinates`;
  const rings: [number, number][][] = [];
  for (const [p, polygon] of polygons.entries()) {
    const where = polygons.length > 1 ? `polygon ${p}: ` : '';
    if (!Array.isArray(polygon) || polygon.length === 0) return `${where}no rings`;
    if (polygon.length > 1)
      return `${where}it has ${polygon.length - 1} hole${polygon.length > 2 ? 's' : ''}; an area is one ring without holes`;
    const ring = positions(polygon[0]);
    if (typeof ring === 'string') return `${where}${ring}`;
    rings.push(ring);
  }
  return rings;
}

/** Longitudes beyond ±180: a ring drawn across the antimeridian on a map with world copies. */
const crossesAntimeridian = (ring: readonly [number, number][]): boolean =>
  ring.some(([lon]) => lon < -180 || lon > 180);

/**
 * The ring moved east or west to straddle the prime meridian: the same shape (a plane figure does not change
 * when moved), so the DATA-2 checks apply to it; one wider than 360° stays out of range and is refused.
 */
function centred(ring: readonly [number, number][]): [number, number][] {
  const lons = ring.map(([lon]) => lon);
  const shift = (Math.min(...lons) + Math.max(...lons)) / 2;
  return ring.map(([lon, lat]) => [lon - shift, lat]);
}

/**
 * Checks each feature of a parsed GeoJSON document as an area of interest (SPEC DATA-2, GIS-5): every
 * polygon becomes one area, a ring drawn across the antimeridian (longitudes beyond ±180) one area per
 * side; each feature refused says its index and the reason. Nothing is created here.
 */
export function planAreaImport(doc: Json): AreaImportPlan | { error: string } {
  const found = featuresOf(doc);
  if ('error' in found) return found;
  if (found.features.length > MAX_IMPORT_FEATURES)
    return { error: `a file holds at most ${MAX_IMPORT_FEATURES} features (this one has ${found.features.length})` };
  const plan: AreaImportPlan = { accepted: [], refused: [] };
  for (const [index, feature] of found.features.entries()) {
    if (!isObject(feature) || feature.type !== 'Feature') {
      plan.refused.push({ index, name: null, reason: 'not a GeoJSON Feature' });
      continue;
    }
    const name = nameOf(feature);
    const refuse = (reason: string) => plan.refused.push({ index, name, reason });
    const rings = exteriorRings(feature.geometry);
    if (typeof rings === 'string') {
      refuse(rings);
      continue;
    }
    const parts: [number, number][][] = [];
    let problem: string | null = null;
    for (const [r, ring] of rings.entries()) {
      const where = rings.length > 1 ? `polygon ${r}: ` : '';
      const checked = checkRing(crossesAntimeridian(ring) ? centred(ring) : ring);
      if (!checked.ok) {
        problem = `${where}${checked.reason}`;
        break;
      }
      if (!crossesAntimeridian(ring)) {
        parts.push(checked.ring);
        continue;
      }
      const split = splitRingAtAntimeridian(ring);
      if (!split) {
        problem = `${where}the ring cannot be cut at the antimeridian`;
        break;
      }
      parts.push(...split);
    }
    if (problem !== null) {
      refuse(problem);
      continue;
    }
    // Each part is checked as any drawn area is; a cut can leave a sliver that is not one.
    const base = name ?? `Imported area ${index + 1}`;
    const areas: ImportedArea[] = [];
    for (const [p, part] of parts.entries()) {
      const checked = checkRing(part);
      const corners = checked.ok ? checked.ring.length - 1 : 0;
      const reason = checked.ok
        ? corners > MAX_IMPORT_CORNERS
          ? `an area has at most ${MAX_IMPORT_CORNERS} corners (this one has ${corners})`
          : null
        : checked.reason;
      if (reason !== null || !checked.ok) {
        problem = `${parts.length > 1 ? `part ${p}: ` : ''}${reason}`;
        break;
      }
      const partName = parts.length > 1 ? `${base} (${p + 1} of ${parts.length})` : base;
      areas.push({ index, name: partName.slice(0, NAME_MAX), ring: checked.ring });
    }
    if (problem !== null) refuse(problem);
    else plan.accepted.push(...areas);
  }
  return plan;
}
