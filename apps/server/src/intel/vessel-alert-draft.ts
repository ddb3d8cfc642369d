import type { Releasability, Tlp } from '@tidewatch/contracts';
import type { AreaRow } from '@tidewatch/db';
import { deriveReleasability, type DetectorAlert, type DetectorAlertType, type Viewer } from '@tidewatch/domain';
import type { AlertDraft } from '../services/alerts/publish-alert.ts';
import { mmsiText, vesselSubject } from './vessel-subject.ts';

const LABEL: Record<DetectorAlertType, string> = {
  ais_gap: 'AIS gap',
  encounter: 'Encounter at sea',
  loitering: 'Loitering',
  impossible_movement: 'Impossible movement',
  identity_anomaly: 'Identity anomaly',
  port_visit: 'Port visit',
  area_entry: 'Entered area',
  area_exit: 'Left area',
};

const SEVERITY: Record<DetectorAlertType, AlertDraft['severity']> = {
  ais_gap: 3,
  encounter: 4,
  loitering: 3,
  impossible_movement: 3,
  identity_anomaly: 3,
  port_visit: 1,
  area_entry: 2,
  area_exit: 2,
};

export interface VesselNames {
  nameOf(mmsi: number): string | null;
  imoOf(mmsi: number): number | null;
}

/**
 * A detector alert as an event-backed alert. AIS is open data, so AIS-derived alerts go GREEN to the
 * community under the agency that operates detection; an entry or exit of an agency's area of interest
 * carries the area's releasability and owner (REL-6: the most restrictive of the inputs), so nobody learns
 * of an area they may not read through its alerts. Returns null when the area is unknown or retired.
 */
export function draftVesselAlert(
  alert: DetectorAlert,
  names: VesselNames,
  detectionAgency: string,
  areas: ReadonlyMap<string, AreaRow>,
  areaOwnerGroups: (agency: string) => ReadonlySet<string>,
): AlertDraft | null {
  let ownerAgency = detectionAgency;
  let releasability: Releasability = { tlp: 'GREEN', recipients: [], sharingGroups: [] };
  let areaName: string | null = null;
  if (alert.areaId !== null) {
    const area = areas.get(alert.areaId);
    if (!area) return null;
    const owner: Viewer = { agency: area.ownerAgency, groups: areaOwnerGroups(area.ownerAgency) };
    const derived = deriveReleasability(
      [
        {
          ownerAgency: area.ownerAgency,
          tlp: area.tlp as Tlp,
          recipients: area.recipients,
          sharingGroups: area.sharingGroups,
        },
        { ownerAgency: area.ownerAgency, tlp: 'GREEN', recipients: [], sharingGroups: [] },
      ],
      owner,
    );
    if (!derived) return null;
    ownerAgency = area.ownerAgency;
    releasability = derived;
    areaName = area.name;
  }
  const who = alert.mmsis.map((m) => `${names.nameOf(m) ?? 'unknown'} (${mmsiText(m)})`).join(' and ');
  const title = `${LABEL[alert.type]}: ${who}${areaName ? ` — ${areaName}` : ''}`;
  return {
    key: alert.id,
    type: alert.type,
    status: alert.status,
    eventKind: 'vessel_alert',
    title,
    summary: `${alert.summary} [${alert.status}]`,
    severity: alert.type === 'identity_anomaly' && alert.parameters.anomaly === 'imo_shared' ? 4 : SEVERITY[alert.type],
    mmsis: alert.mmsis.map(mmsiText),
    startAt: alert.startAt,
    endAt: alert.endAt,
    position:
      Number.isFinite(alert.lat) && Number.isFinite(alert.lon) && !(alert.lat === 0 && alert.lon === 0)
        ? { lat: alert.lat, lon: alert.lon }
        : null,
    parameters: alert.parameters,
    evidence: {
      tracks: alert.evidence.map((t) => ({ mmsi: mmsiText(t.mmsi), points: t.points })),
      matches: [],
      subject: { type: 'vessel', id: mmsiText(alert.mmsis[0] ?? 0) },
      watchlistId: null,
      entryId: null,
      areaId: alert.areaId,
    },
    ownerAgency,
    releasability,
    subjects: {
      vessels: alert.mmsis.flatMap((m) => vesselSubject(m, names.nameOf(m), names.imoOf(m)) ?? []),
    },
  };
}
