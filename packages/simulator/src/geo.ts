import type { Position } from '@tidewatch/contracts';
import type { Rng } from './random.ts';

/**
 * A rough outline of Jamaica (about 30 coastal points, clockwise from Negril). Good to a kilometre or two:
 * enough to keep simulated sea positions off the island, not for navigation.
 */
export const JAMAICA_OUTLINE: readonly Position[] = [
  { lat: 18.25, lon: -78.37 }, // South Negril Point
  { lat: 18.37, lon: -78.34 }, // Negril / Bloody Bay
  { lat: 18.46, lon: -78.2 }, // Green Island
  { lat: 18.45, lon: -78.17 }, // Lucea
  { lat: 18.48, lon: -77.95 }, // Montego Bay
  { lat: 18.5, lon: -77.65 }, // Falmouth
  { lat: 18.48, lon: -77.4 }, // Discovery Bay
  { lat: 18.43, lon: -77.2 }, // Runaway Bay
  { lat: 18.41, lon: -77.1 }, // Ocho Rios
  { lat: 18.41, lon: -76.95 }, // Oracabessa
  { lat: 18.37, lon: -76.89 }, // Port Maria
  { lat: 18.27, lon: -76.77 }, // Annotto Bay
  { lat: 18.23, lon: -76.66 }, // Buff Bay
  { lat: 18.18, lon: -76.45 }, // Port Antonio
  { lat: 18.04, lon: -76.28 }, // Manchioneal
  { lat: 17.92, lon: -76.18 }, // Morant Point
  { lat: 17.88, lon: -76.41 }, // Morant Bay
  { lat: 17.87, lon: -76.56 }, // Yallahs
  { lat: 17.93, lon: -76.72 }, // Harbour View
  { lat: 17.97, lon: -76.79 }, // Kingston waterfront
  { lat: 17.96, lon: -76.87 }, // Port Henderson
  { lat: 17.84, lon: -76.93 }, // Hellshire
  { lat: 17.9, lon: -77.1 }, // Old Harbour Bay
  { lat: 17.73, lon: -77.17 }, // Portland Point
  { lat: 17.85, lon: -77.35 }, // Farquhar Beach
  { lat: 17.87, lon: -77.56 }, // Alligator Pond
  { lat: 17.86, lon: -77.7 }, // Lovers' Leap
  { lat: 17.88, lon: -77.76 }, // Treasure Beach
  { lat: 18.02, lon: -77.85 }, // Black River
  { lat: 18.08, lon: -77.96 }, // Whitehouse
  { lat: 18.21, lon: -78.13 }, // Savanna-la-Mar
];

/** Ray casting; the outline is small enough to treat lon/lat as planar. */
export function isInPolygon(point: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const crosses = a.lat > point.lat !== b.lat > point.lat;
    if (crosses && point.lon < ((b.lon - a.lon) * (point.lat - a.lat)) / (b.lat - a.lat) + a.lon) inside = !inside;
  }
  return inside;
}

export const isOnJamaica = (point: Position): boolean => isInPolygon(point, JAMAICA_OUTLINE);

const EARTH_RADIUS_KM = 6371;

/** The point `distanceKm` from `from` on `bearingDeg` (great circle). */
export function destination(from: Position, bearingDeg: number, distanceKm: number): Position {
  const d = distanceKm / EARTH_RADIUS_KM;
  const b = (bearingDeg * Math.PI) / 180;
  const lat1 = (from.lat * Math.PI) / 180;
  const lon1 = (from.lon * Math.PI) / 180;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 =
    lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: round((lat2 * 180) / Math.PI), lon: round((lon2 * 180) / Math.PI) };
}

export function distanceKm(a: Position, b: Position): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

// Five decimals is about a metre: finer digits would only look falsely precise in a report.
const round = (value: number): number => Math.round(value * 1e5) / 1e5;

/**
 * A point uniformly spread within `radiusKm` of `centre` that is not on Jamaica; after a few misses it falls
 * back to the centre, which the place list keeps at sea.
 */
export function scatterAtSea(rng: Rng, centre: Position, radiusKm: number): Position {
  for (let attempt = 0; attempt < 8; attempt++) {
    const p = destination(centre, rng.float(0, 360), radiusKm * Math.sqrt(rng.next()));
    if (!isOnJamaica(p)) return p;
  }
  return { lat: round(centre.lat), lon: round(centre.lon) };
}

/** A point within a few hundred metres of a facility, so markers for one port do not stack on one pixel. */
export const nearby = (rng: Rng, centre: Position, radiusKm = 0.3): Position =>
  destination(centre, rng.float(0, 360), radiusKm * Math.sqrt(rng.next()));
