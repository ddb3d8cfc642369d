import type { z } from '@hono/zod-openapi';
import * as contracts from '@tidewatch/contracts';

/**
 * The contracts' schemas under the names the OpenAPI document gives them (components/schemas), so a body or
 * an answer is a $ref the reference page can link. Naming makes a copy that validates exactly as the original.
 */

/**
 * zod 4 copies prototype methods onto a schema when it is built, so `.openapi()` (added to the prototype by
 * @hono/zod-openapi) is missing on schemas built before that import; a clone is built now and has it.
 */
export function named<S extends z.ZodType>(schema: S, name: string): S {
  return schema.clone().openapi(name);
}

export const EventInput = named(contracts.EventInput, 'EventInput');
export const IntelEvent = named(contracts.IntelEvent, 'IntelEvent');
export const EventPage = named(contracts.EventPage, 'EventPage');
export const EventCreated = named(contracts.EventCreated, 'EventCreated');
export const ApiError = named(contracts.ApiError, 'ApiError');
export const DeploymentStatus = named(contracts.DeploymentStatus, 'DeploymentStatus');
export const AnnotationInput = named(contracts.AnnotationInput, 'AnnotationInput');
export const AnnotationEdit = named(contracts.AnnotationEdit, 'AnnotationEdit');
export const Annotation = named(contracts.Annotation, 'Annotation');
export const AnnotationRevision = named(contracts.AnnotationRevision, 'AnnotationRevision');
export const WatchlistInput = named(contracts.WatchlistInput, 'WatchlistInput');
export const WatchlistEdit = named(contracts.WatchlistEdit, 'WatchlistEdit');
export const RetireInput = named(contracts.RetireInput, 'RetireInput');
export const Watchlist = named(contracts.Watchlist, 'Watchlist');
export const WatchlistEntryInput = named(contracts.WatchlistEntryInput, 'WatchlistEntryInput');
export const WatchlistEntryEdit = named(contracts.WatchlistEntryEdit, 'WatchlistEntryEdit');
export const WatchlistEntry = named(contracts.WatchlistEntry, 'WatchlistEntry');
export const WatchlistEntryPage = named(contracts.WatchlistEntryPage, 'WatchlistEntryPage');
export const WatchlistEntryChange = named(contracts.WatchlistEntryChange, 'WatchlistEntryChange');
export const WatchlistImportResult = named(contracts.WatchlistImportResult, 'WatchlistImportResult');
export const DerivedAlert = named(contracts.DerivedAlert, 'DerivedAlert');
export const AreaInput = named(contracts.AreaInput, 'AreaInput');
export const AreaOfInterest = named(contracts.AreaOfInterest, 'AreaOfInterest');
export const ConsignmentInput = named(contracts.ConsignmentInput, 'ConsignmentInput');
export const MovementInput = named(contracts.MovementInput, 'MovementInput');
export const Consignment = named(contracts.Consignment, 'Consignment');
export const ConsignmentIngestResult = named(contracts.ConsignmentIngestResult, 'ConsignmentIngestResult');
export const TrendSettings = named(contracts.TrendSettings, 'TrendSettings');
export const SeizuresOverTime = named(contracts.SeizuresOverTime, 'SeizuresOverTime');
export const SeizuresByGroup = named(contracts.SeizuresByGroup, 'SeizuresByGroup');
export const SeizuresComparison = named(contracts.SeizuresComparison, 'SeizuresComparison');
export const SeizureDrillDownPage = named(contracts.SeizureDrillDownPage, 'SeizureDrillDownPage');
export const SummaryList = named(contracts.SummaryList, 'SummaryList');
export const DailySummary = named(contracts.DailySummary, 'DailySummary');
export const SummaryRegenerated = named(contracts.SummaryRegenerated, 'SummaryRegenerated');
export const AcknowledgeSummaryInput = named(contracts.AcknowledgeSummaryInput, 'AcknowledgeSummaryInput');
export const VesselSearchResult = named(contracts.VesselSearchResult, 'VesselSearchResult');
export const VesselCard = named(contracts.VesselCard, 'VesselCard');
export const SeaNotices = named(contracts.SeaNotices, 'SeaNotices');
export const VesselTrack = named(contracts.VesselTrack, 'VesselTrack');
export const FeedList = named(contracts.FeedList, 'FeedList');
export const NmeaPostResult = named(contracts.NmeaPostResult, 'NmeaPostResult');
export const TaxiiConnection = named(contracts.TaxiiConnection, 'TaxiiConnection');
export const StixImportResult = named(contracts.StixImportResult, 'StixImportResult');
export const StixOtherObjectPage = named(contracts.StixOtherObjectPage, 'StixOtherObjectPage');

export const Unit = named(contracts.Unit, 'Unit');
export const UnitInput = named(contracts.UnitInput, 'UnitInput');
export const UnitEdit = named(contracts.UnitEdit, 'UnitEdit');
export const UnitPositionInput = named(contracts.UnitPositionInput, 'UnitPositionInput');
export const Task = named(contracts.Task, 'Task');
export const TaskInput = named(contracts.TaskInput, 'TaskInput');
export const TaskTransitionInput = named(contracts.TaskTransitionInput, 'TaskTransitionInput');
export const EntityInput = named(contracts.EntityInput, 'EntityInput');
export const Entity = named(contracts.Entity, 'Entity');
export const EntityPage = named(contracts.EntityPage, 'EntityPage');
export const EntityDetail = named(contracts.EntityDetail, 'EntityDetail');
export const EntityLinkInput = named(contracts.EntityLinkInput, 'EntityLinkInput');
export const EntityLink = named(contracts.EntityLink, 'EntityLink');
export const EntityHistoryEntry = named(contracts.EntityHistoryEntry, 'EntityHistoryEntry');
export const ResolutionSuggestion = named(contracts.ResolutionSuggestion, 'ResolutionSuggestion');
export const ResolutionDecisionInput = named(contracts.ResolutionDecisionInput, 'ResolutionDecisionInput');
export const ResolutionOutcome = named(contracts.ResolutionOutcome, 'ResolutionOutcome');
export const FirearmMatch = named(contracts.FirearmMatch, 'FirearmMatch');
export const GraphNeighbourhood = named(contracts.GraphNeighbourhood, 'GraphNeighbourhood');
export const GraphPath = named(contracts.GraphPath, 'GraphPath');
