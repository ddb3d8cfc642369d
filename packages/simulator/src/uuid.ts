import { uuidV7 } from '@tidewatch/domain';
import type { Rng } from './random.ts';

/**
 * RFC 9562 UUIDv7 whose random bits come from the event's own seeded stream, so regenerating a seed
 * reproduces the same ids (ingest stays idempotent) while another seed or moment gives new ones; the id
 * still sorts by the event's time. The layout itself is @tidewatch/domain's.
 */
export function uuidv7(unixMs: number, rng: Rng): string {
  if (!Number.isInteger(unixMs) || unixMs < 0 || unixMs > 0xffff_ffff_ffff) {
    throw new RangeError(`uuidv7 needs a 48-bit millisecond timestamp, got ${unixMs}`);
  }
  const random = new Uint8Array(10);
  for (let i = 0; i < random.length; i++) random[i] = rng.uint32() & 0xff;
  return uuidV7(unixMs, random);
}

/** The millisecond timestamp a UUIDv7 carries. */
export function uuidv7Time(id: string): number {
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
