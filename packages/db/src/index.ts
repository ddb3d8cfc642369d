export { openDatabase, type Db, type DatabaseHandle, type DatabaseOptions } from './database.ts';
export { DatabaseLockedError } from './errors.ts';
export { createEventRepository, type EventRepository, type EventFilter, type InsertResult } from './repositories/events.ts';
export { createAgencyRepository, type AgencyRepository, type AgencyRecord } from './repositories/agencies.ts';
export type { NewEvent } from './repositories/event-mapping.ts';
export * as schema from './schema/index.ts';
