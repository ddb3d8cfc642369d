import type { AddressedBinary, BroadcastBinary } from '../types.ts';
import { APPLICATION_REFUSALS, type ApplicationRefusal } from './types.ts';

export interface ApplicationCounters {
  decoded: number;
  refused: Record<ApplicationRefusal, number>;
}

export function emptyApplicationCounters(): ApplicationCounters {
  const refused = Object.fromEntries(APPLICATION_REFUSALS.map((r) => [r, 0])) as Record<ApplicationRefusal, number>;
  return { decoded: 0, refused };
}

/** Every binary message counts once: as decoded or under the reason its payload stayed bits. */
export function countApplication(counters: ApplicationCounters, message: AddressedBinary | BroadcastBinary): void {
  if (message.refusal === null) counters.decoded++;
  else counters.refused[message.refusal]++;
}
