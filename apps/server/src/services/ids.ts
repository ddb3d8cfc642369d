import { createHash, randomBytes } from 'node:crypto';
import { uuidV7 } from '@tidewatch/domain';

export function newEventId(now: Date): string {
  return uuidV7(now.getTime(), randomBytes(10));
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The 48-bit millisecond time both id forms start with (a UUIDv7's first 12 hex digits, a ULID's first 10 letters). */
function millisecondsOf(clientId: string): number {
  if (clientId.includes('-')) return Number.parseInt(clientId.replaceAll('-', '').slice(0, 12), 16);
  let ms = 0;
  for (const ch of clientId.slice(0, 10).toUpperCase()) ms = ms * 32 + CROCKFORD.indexOf(ch);
  return ms;
}

/**
 * REL-12: the id under which an event a client numbered itself is stored: a UUIDv7 with the client id's time
 * (so ids still sort by creation) and the rest a SHA-256 of the owning agency and the client id. A retry by
 * the same agency lands on the same event; the same client id from another agency is another event, so a
 * repeat can only ever answer with the caller's own event, and no answer says whether another agency used
 * that id. Finding a client id that lands on a given event would need a SHA-256 preimage.
 */
export function scopedEventId(ownerAgency: string, clientId: string): string {
  // Both id forms are case-insensitive: one event, however the client spells its id.
  const canonical = clientId.includes('-') ? clientId.toLowerCase() : clientId.toUpperCase();
  const digest = createHash('sha256').update(`tidewatch/event/v1\u0000${ownerAgency}\u0000${canonical}`).digest();
  return uuidV7(millisecondsOf(canonical), digest.subarray(0, 10));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For ids stored in UUID columns: anything else cannot exist, and must not reach the database as a type error. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
