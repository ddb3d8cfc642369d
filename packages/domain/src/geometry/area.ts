import { checkRing, type Position } from './simple-ring.ts';

/** A polygon as GeoJSON holds it: the outer ring, then any holes. */
export type PolygonRings = readonly (readonly Position[])[];

export type AreaCheck = { ok: true; polygons: [number, number][][][] } | { ok: false; reason: string };

/**
 * Cap on positions across a whole area: the self-crossing check is near-linear for drawn shapes but quadratic
 * at worst, and 20 x 20 rings of 1,000 positions would let one request buy seconds of CPU.
 */
export const MAX_AREA_POSITIONS = 5000;

/** Checks every ring of every polygon (SPEC DATA-2) and answers them closed; the first problem names its ring. */
export function checkArea(polygons: readonly PolygonRings[]): AreaCheck {
  const total = polygons.reduce((sum, rings) => sum + rings.reduce((n, ring) => n + ring.length, 0), 0);
  if (total > MAX_AREA_POSITIONS)
    return { ok: false, reason: `an area has at most ${MAX_AREA_POSITIONS} positions in all (this one has ${total})` };
  const out: [number, number][][][] = [];
  for (const [p, rings] of polygons.entries()) {
    const checked: [number, number][][] = [];
    for (const [r, ring] of rings.entries()) {
      const result = checkRing(ring);
      if (!result.ok)
        return {
          ok: false,
          reason: `${polygons.length > 1 ? `polygon ${p}, ` : ''}${r === 0 ? 'outer ring' : `hole ${r}`}: ${result.reason}`,
        };
      checked.push(result.ring);
    }
    out.push(checked);
  }
  return { ok: true, polygons: out };
}
