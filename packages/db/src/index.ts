export { openDatabase, type Db, type DatabaseHandle, type DatabaseOptions } from './database.ts';
export { DatabaseLockedError } from './errors.ts';
export { createEventRepository, type EventRepository, type EventFilter, type InsertResult } from './repositories/events.ts';
export { createAgencyRepository, type AgencyRepository, type AgencyRecord } from './repositories/agencies.ts';
export { createUserRepository, type UserRepository, type UserRow, type NewUser, type SessionRow } from './repositories/users.ts';
export { createApiKeyRepository, type ApiKeyRepository, type ApiKeyRow } from './repositories/api-keys.ts';
export { createSharingGroupRepository, type SharingGroupRepository, type SharingGroupRecord } from './repositories/sharing-groups.ts';
export { createAuditRepository, type AuditRepository, type AuditRow, type NewAuditRow, type AuditFilter } from './repositories/audit.ts';
export {
  createAnnotationRepository,
  type AnnotationRepository,
  type AnnotationRow,
  type AnnotationRevisionRow,
  type AnnotationChange,
} from './repositories/annotations.ts';
export { visibleTo, type ViewerScope } from './repositories/visibility.ts';
export type { NewEvent } from './repositories/event-mapping.ts';
export {
  createVesselRepository,
  type VesselRepository,
  type TrackPointRecord,
  type VesselStaticRecord,
} from './repositories/vessels.ts';
export * as schema from './schema/index.ts';
