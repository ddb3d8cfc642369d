/** Distances on the sphere, in metres. Enough for detectors: errors of a few metres over tens of kilometres. */
export const EARTH_RADIUS_M = 6_371_008.8;
export const M_PER_NM = 1852;
export const M_PER_DEG_LAT = 111_320;
/** Knots to metres per millisecond, so implied speeds compare without unit slips. */
export const KN_PER_M_PER_MS = 3_600_000 / M_PER_NM;

const RAD = Math.PI / 180;

export function distanceM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Speed in knots implied by covering `metres` in `ms` milliseconds (Infinity for a jump in no time). */
export function impliedSpeedKn(metres: number, ms: number): number {
  if (ms <= 0) return metres > 0 ? Number.POSITIVE_INFINITY : 0;
  return (metres / ms) * KN_PER_M_PER_MS;
}

/** A point `metres` away from (lat, lon) on `bearingDeg`: used by tests and the simulator to place fixes exactly. */
export function offsetM(lat: number, lon: number, bearingDeg: number, metres: number): { lat: number; lon: number } {
  const d = metres / EARTH_RADIUS_M;
  const b = bearingDeg * RAD;
  const p1 = lat * RAD;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 =
    lon * RAD + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { lat: p2 / RAD, lon: ((l2 / RAD + 540) % 360) - 180 };
}
