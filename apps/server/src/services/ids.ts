import { randomBytes } from 'node:crypto';
import { uuidV7 } from '@tidewatch/domain';

export function newEventId(now: Date): string {
  return uuidV7(now.getTime(), randomBytes(10));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For ids stored in UUID columns: anything else cannot exist, and must not reach the database as a type error. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
