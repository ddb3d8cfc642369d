import { distanceM, M_PER_NM, offsetM } from '../detectors/geo.ts';
import { initialBearingDeg } from '../tasking/intercept.ts';

export interface LatLon {
  lat: number;
  lon: number;
}

/** What the map's range and bearing tool tells an analyst about the leg from one point to another. */
export interface RangeBearing {
  /** Great-circle distance on the mean sphere, in nautical miles. */
  nm: number;
  km: number;
  /** Initial great-circle bearing, degrees true in [0, 360). */
  bearingDeg: number;
}

/**
 * Range and bearing of the leg `from` -> `to`, with the detectors' and the intercept solver's own sphere, so
 * the map's ruler and a computed intercept never disagree. Longitudes on either side of 180° are fine: the
 * haversine and atan2 work on differences, so 179°E to 179°W is 2° east, not 358° west.
 */
export function rangeBearing(from: LatLon, to: LatLon): RangeBearing {
  const metres = distanceM(from.lat, from.lon, to.lat, to.lon);
  return {
    nm: metres / M_PER_NM,
    km: metres / 1000,
    bearingDeg: initialBearingDeg(from.lat, from.lon, to.lat, to.lon),
  };
}

/**
 * The great circle from `from` to `to` as `steps` + 1 [lon, lat] points for a line on a Mercator map (where a
 * straight segment would be a rhumb line, not the leg measured). Longitudes are unwrapped so the line runs on
 * across the antimeridian (179, 181, ...) instead of jumping back across the whole map.
 */
export function greatCirclePath(from: LatLon, to: LatLon, steps = 64): [number, number][] {
  const metres = distanceM(from.lat, from.lon, to.lat, to.lon);
  const bearing = initialBearingDeg(from.lat, from.lon, to.lat, to.lon);
  const path: [number, number][] = [[from.lon, from.lat]];
  for (let i = 1; i <= steps; i++) {
    const point = i === steps ? to : offsetM(from.lat, from.lon, bearing, (metres * i) / steps);
    const previous = path[i - 1]?.[0] ?? from.lon;
    // The nearest copy of this longitude to the previous point's.
    path.push([point.lon + 360 * Math.round((previous - point.lon) / 360), point.lat]);
  }
  return path;
}

/** A bearing as mariners write it, three digits: 5.4 -> "005", 359.6 -> "000". */
export function bearingThreeDigits(deg: number): string {
  const whole = Math.round(((deg % 360) + 360) % 360) % 360;
  return String(whole).padStart(3, '0');
}

/**
 * Degrees and decimal minutes, the chart's notation: 17°58.2'N 076°47.4'W. Latitude in two digits and
 * longitude in three, so columns of positions line up; minutes to a tenth (about 185 m), carried into the
 * degree when they round to 60.
 */
export function degreesMinutes(position: LatLon): string {
  return `${angle(position.lat, 2, 'N', 'S')} ${angle(wrapLongitude(position.lon), 3, 'E', 'W')}`;
}

/** The map repeats the world; a longitude on any copy (e.g. 190) means one within -180..180 (-170). */
export function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

function angle(value: number, degreeDigits: number, positive: string, negative: string): string {
  const tenthsOfMinute = Math.round(Math.abs(value) * 600);
  const degrees = Math.floor(tenthsOfMinute / 600);
  const minutes = (tenthsOfMinute % 600) / 10;
  const hemisphere = value < 0 && tenthsOfMinute > 0 ? negative : positive;
  return `${String(degrees).padStart(degreeDigits, '0')}°${minutes.toFixed(1).padStart(4, '0')}'${hemisphere}`;
}
