import type { AlertStatus, AlertType, DerivedAlert, Tlp } from '@tidewatch/contracts';
import type { DerivedAlertRow } from '@tidewatch/db';

/** A stored alert to the wire shape. */
export function toDerivedAlert(row: DerivedAlertRow): DerivedAlert {
  return {
    id: row.id,
    eventIds: row.eventIds,
    type: row.type as AlertType,
    status: row.status as AlertStatus,
    mmsis: row.mmsis,
    startAt: new Date(row.startAt).toISOString(),
    endAt: row.endAt === null ? null : new Date(row.endAt).toISOString(),
    position: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    summary: row.summary,
    parameters: row.parameters,
    evidence: {
      tracks: row.evidence.tracks,
      matches: row.evidence.matches.map((m) => ({
        ...m,
        field: m.field as DerivedAlert['evidence']['matches'][number]['field'],
        how: m.how as DerivedAlert['evidence']['matches'][number]['how'],
      })),
      subject: row.evidence.subject,
      watchlistId: row.evidence.watchlistId,
      entryId: row.evidence.entryId,
      areaId: row.evidence.areaId,
    },
    ownerAgency: row.ownerAgency,
    releasability: { tlp: row.tlp as Tlp, recipients: row.recipients, sharingGroups: row.sharingGroups },
    revision: row.revision,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
