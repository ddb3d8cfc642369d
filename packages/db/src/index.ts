export type { Db, DatabaseOptions, EmbeddedThread } from './database.ts';
export { openDatabase, type DatabaseHandle } from './open-database.ts';
export { DatabaseLockedError, databaseUnavailableReason, sqlStateOf } from './errors.ts';
export { COMPILED_WORKER_FILE } from './embedded/worker-client.ts';
export { acquireDataDirLock } from './data-dir-lock.ts';
export {
  createEventRepository,
  type EventRepository,
  type EventFilter,
  type InsertResult,
} from './repositories/events.ts';
export type { CreateAuditRows } from './repositories/event-insert.ts';
export { createAgencyRepository, type AgencyRepository, type AgencyRecord } from './repositories/agencies.ts';
export {
  createUserRepository,
  type UserRepository,
  type UserRow,
  type NewUser,
  type SessionRow,
} from './repositories/users.ts';
export {
  createFirstRunRepository,
  type FirstRunRepository,
  type FirstAdministratorResult,
} from './repositories/first-run.ts';
export { createApiKeyRepository, type ApiKeyRepository, type ApiKeyRow } from './repositories/api-keys.ts';
export {
  createSharingGroupRepository,
  type SharingGroupRepository,
  type SharingGroupRecord,
} from './repositories/sharing-groups.ts';
export {
  createAuditRepository,
  type AuditRepository,
  type AuditRow,
  type NewAuditRow,
  type AuditFilter,
} from './repositories/audit.ts';
export { cleanAuditRow, CLEANED_MARK } from './repositories/audit-clean.ts';
export {
  createAnnotationRepository,
  type AnnotationRepository,
  type AnnotationRow,
  type AnnotationRevisionRow,
  type AnnotationChange,
} from './repositories/annotations.ts';
export { visibleTo, type ViewerScope } from './repositories/visibility.ts';
export {
  createStixRepository,
  type StixRepository,
  type StixOtherObjectRow,
  type NewStixOtherObject,
  type StixImportMark,
  type StixOtherCursor,
} from './repositories/stix.ts';
export type { NewEvent } from './repositories/event-mapping.ts';
export {
  createVesselRepository,
  type VesselRepository,
  type TrackPointRecord,
  type VesselStaticRecord,
} from './repositories/vessels.ts';
export * as schema from './schema/index.ts';
export {
  createEventChangeRepository,
  type EventChangeRepository,
  type EventEdit,
  type EventLabel,
  type OwnedLabel,
  type ReceivedVersion,
  type StoredChange,
} from './repositories/event-changes.ts';
export {
  createFederationRepository,
  type FederationRepository,
  type FederationPartnerRow,
  type NewPartner,
  type PartnerChange,
  type AgencyWithGroups,
  type PullProgress,
} from './repositories/federation.ts';
export {
  createSeizureTrendRepository,
  type SeizureTrendRepository,
  type SeizureTrendFilter,
  type AreaPolygons,
  type TrendCell,
  type PeriodCell,
  type TrendUnit,
  type TrendGroup,
  type DrillDown,
} from './repositories/seizure-trends.ts';
export { createSummaryRepository, generationLockKey, type SummaryRepository } from './repositories/summaries.ts';
export {
  createRepositories,
  type Repositories,
  type TransactionScope,
  type TransactionRunner,
  type ExclusiveRunner,
} from './unit-of-work.ts';
export {
  createSummaryFactsRepository,
  type SummaryFactsRepository,
  type DailyCategoryCount,
  type LatestAnnotation,
  type MapPointRow,
} from './repositories/summary-facts.ts';
export type { DailySummaryRow, NewDailySummaryRow, SummaryAcknowledgementRow } from './schema/summaries.ts';
export {
  createWatchlistRepository,
  type WatchlistRepository,
  type WatchlistRow,
  type WatchlistEntryRow,
  type NewWatchlistEntryRow,
  type WatchlistEntryChangeRow,
  type IndexableEntry,
  type VersionedChange,
} from './repositories/watchlists.ts';
export {
  createDerivedAlertRepository,
  type DerivedAlertRepository,
  type DerivedAlertRow,
  type NewDerivedAlertRow,
  type AreaRow,
} from './repositories/derived-alerts.ts';
export {
  createCargoRepository,
  type CargoRepository,
  type ConsignmentRow,
  type NewConsignmentRow,
  type MovementRow,
} from './repositories/cargo.ts';
export type { StoredAlertEvidence } from './schema/derived-alerts.ts';
/** Raw SQL for benchmarks and tools that sit outside this package (they do not depend on drizzle-orm). */
export { sql, type SQL } from 'drizzle-orm';
export {
  createTaxiiRepository,
  type TaxiiRepository,
  type TaxiiEventScope,
  type TaxiiEventRow,
  type NewTaxiiStatus,
} from './repositories/taxii.ts';
export type { TaxiiStatusFailure, TaxiiStatusSuccess, TaxiiStatusRow } from './schema/taxii.ts';
export {
  createUnitRepository,
  OPEN_TASK_STATES,
  type UnitRepository,
  type UnitRow,
  type NewUnitRow,
  type UnitTaskRow,
  type NewUnitTaskRow,
} from './repositories/units.ts';
export {
  createEntityRepository,
  type EntityRepository,
  type EntityRow,
  type NewEntityRow,
  type EntityLinkRow,
  type NewEntityLinkRow,
  type EntityHistoryRow,
  type VisibleLinkRow,
  type EntitySearch,
  type MergeResult,
} from './repositories/entities.ts';
export {
  createEntityGraphRepository,
  nodeKey,
  type EntityGraphRepository,
  type GraphEdgeRow,
  type GraphFilter,
  type GraphNodeRow,
  type GraphNodeTypeName,
} from './repositories/entity-graph.ts';
export { neighbours, shortestPath, type FoundPath, type Neighbourhood } from './repositories/entity-graph-search.ts';
