import { randomBytes } from 'node:crypto';
import { uuidV7 } from '@tidewatch/domain';

export function newEventId(now: Date): string {
  return uuidV7(now.getTime(), randomBytes(10));
}
