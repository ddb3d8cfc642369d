/**
 * Raw field <-> natural unit conversions shared by the decoder, the encoder and the gpsd formatter.
 * Each "not available" code maps to null and back, so a decoded message re-encodes bit for bit.
 */

/** Positions in 1/10000 minute (types 1-4, 9, 11, 18, 19, 21). */
export const MIN_10000 = 600_000;
/** Positions in 1/10 minute (types 17, 22, 23, 27). */
export const MIN_10 = 600;

export const LON_NA = 181;
export const LAT_NA = 91;

export function lonFromRaw(raw: number, div: number): number | null {
  return raw === LON_NA * div ? null : raw / div;
}

export function latFromRaw(raw: number, div: number): number | null {
  return raw === LAT_NA * div ? null : raw / div;
}

export function lonToRaw(deg: number | null, div: number): number {
  return Math.round((deg ?? LON_NA) * div);
}

export function latToRaw(deg: number | null, div: number): number {
  return Math.round((deg ?? LAT_NA) * div);
}

/** A raw value with one "not available" code, scaled by 1/`div`. */
export function scaledOrNull(raw: number, na: number, div: number): number | null {
  return raw === na ? null : raw / div;
}

export function scaledToRaw(value: number | null, na: number, div: number): number {
  return value === null ? na : Math.round(value * div);
}

export function orNull(raw: number, na: number): number | null {
  return raw === na ? null : raw;
}

export function orCode(value: number | null, na: number): number {
  return value === null ? na : value;
}

/** ROT_AIS = 4.733 * sqrt(rate in deg/min), signed; ±127 means "fast turn, no turn indicator". */
export function rateOfTurnFromIndicator(turn: number | null): number | null {
  if (turn === null || turn === 127 || turn === -127) return null;
  const rate = (turn / 4.733) ** 2;
  return turn < 0 ? -rate : rate;
}
