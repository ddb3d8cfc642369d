import type { EventRepository, AgencyRepository } from '@tidewatch/db';
import type { Logger } from '../logger.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Publishes committed events to every subscriber on every node. */
export interface EventPublisher {
  publish(events: readonly import('@tidewatch/contracts').IntelEvent[]): void;
}

/** What every service verb receives: storage, the clock, the log and the outbound stream. */
export interface ServiceContext {
  events: EventRepository;
  agencies: AgencyRepository;
  clock: Clock;
  log: Logger;
  publisher: EventPublisher;
}
