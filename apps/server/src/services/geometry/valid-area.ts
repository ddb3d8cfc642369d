import { checkArea, checkRing, type PolygonRings, type Position } from '@tidewatch/domain';
import { ServiceError } from '../errors.ts';

function refuse(field: string, reason: string): ServiceError {
  return new ServiceError('validation_failed', `invalid ${field}: ${reason}`, [{ path: field, message: reason }]);
}

/** DATA-2: the ring as a simple polygon, closed; 422 naming `field` otherwise. */
export function validRing(field: string, ring: readonly Position[]): [number, number][] {
  const result = checkRing(ring);
  if (!result.ok) throw refuse(field, result.reason);
  return result.ring;
}

/** DATA-2: every ring of every polygon simple, closed; 422 naming `field` otherwise. */
export function validArea(field: string, polygons: readonly PolygonRings[]): [number, number][][][] {
  const result = checkArea(polygons);
  if (!result.ok) throw refuse(field, result.reason);
  return result.polygons;
}
