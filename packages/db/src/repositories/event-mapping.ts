import { EVENT_SCHEMA_VERSION, type IntelEvent } from '@tidewatch/contracts';
import type { EventRow, NewEventRow } from '../schema/events.ts';

/** Timestamps leave the database as ISO 8601 in UTC, whatever the session time zone. */
function iso(value: string): string {
  return new Date(value).toISOString();
}

/** Columns the database derives from the others (search text, seizure trend columns): no event field reads them. */
type DerivedEventColumn = 'search' | 'seizureCommodity' | 'seizureValueUsd' | 'seizureRoute';

/** Columns the insert statement fills itself (event-insert.ts): added_at under the seq lock. */
type NumberedEventColumn = 'addedAt';

export function rowToEvent(
  row: Omit<EventRow, DerivedEventColumn | NumberedEventColumn | 'stixIds' | 'withdrawnAt'>,
): IntelEvent {
  return {
    v: EVENT_SCHEMA_VERSION,
    id: row.id,
    seq: row.seq,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    occurredAt: iso(row.occurredAt),
    reportedAt: iso(row.reportedAt),
    receivedAt: iso(row.receivedAt),
    position: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    place: row.place,
    ownerAgency: row.ownerAgency,
    releasability: {
      tlp: row.tlp as IntelEvent['releasability']['tlp'],
      recipients: row.recipients,
      sharingGroups: row.sharingGroups,
    },
    severity: row.severity,
    grading: row.grading ?? null,
    subjects: row.subjects,
    seizure: row.seizure ?? null,
    status: row.status as IntelEvent['status'],
    assigneeId: row.assigneeId,
    version: row.version,
    // FED-6: only a foreign event names its origin, so events written here read exactly as before.
    ...(row.originDeployment ? { origin: row.originDeployment } : {}),
  };
}

/** The event a just-inserted row stands for, without reading it back. */
export function newRowToEvent(row: NewEvent & { seq: number }): IntelEvent {
  return rowToEvent({
    ...row,
    summary: row.summary,
    lat: row.lat ?? null,
    lon: row.lon ?? null,
    place: row.place ?? null,
    grading: row.grading ?? null,
    seizure: row.seizure ?? null,
    assigneeId: null,
    version: 1,
    originDeployment: row.originDeployment ?? null,
  });
}

/**
 * The columns of a new event, all but seq, which the repository allocates inside the insert transaction.
 * `stixIds` are the ids of the event's STIX objects (incident, location, located-at) that TAXII's match[id]
 * finds it by: the service that builds the row computes them (packages/stix), so storage knows no STIX.
 */
export type NewEvent = Omit<
  NewEventRow,
  'seq' | DerivedEventColumn | NumberedEventColumn | 'stixIds' | 'assigneeId' | 'version' | 'withdrawnAt'
> & { stixIds: string[] };
