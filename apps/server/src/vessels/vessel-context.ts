import type { VesselRepository } from '@tidewatch/db';
import type { VesselPicture } from '@tidewatch/domain';
import type { Logger } from '../logger.ts';
import type { Clock } from '../services/context.ts';

/** What the vessel verbs receive: the live picture, stored history, the clock and the log. */
export interface VesselContext {
  picture: VesselPicture;
  repo: VesselRepository;
  clock: Clock;
  log: Logger;
}
