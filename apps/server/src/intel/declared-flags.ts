import type { Consignment, IntelEvent, Tlp } from '@tidewatch/contracts';
import type { ConsignmentRow, WatchlistEntryRow, WatchlistRow } from '@tidewatch/db';
import {
  deriveReleasability,
  type EvidenceTrack,
  type FlagDeclaration,
  type FlagMismatch,
  type Releasable,
} from '@tidewatch/domain';
import type { AlertDraft } from '../services/alerts/publish-alert.ts';
import { mmsiText, vesselSubject } from './vessel-subject.ts';

/*
 * Where the run time learns a vessel's declared flag (AIS carries none): a manifest's carrier, a reported
 * event's vessel subject, a watchlist vessel entry's country. Each becomes a declaration carrying the
 * record's releasability, so the alert it may raise is released no wider than the record (REL-6).
 */

const mmsiNumber = (mmsi: string | null | undefined): number | null =>
  mmsi && /^\d{9}$/.test(mmsi) ? Number(mmsi) : null;
const imoNumber = (imo: string | null | undefined): number | null => (imo && /^\d{7}$/.test(imo) ? Number(imo) : null);

type CarrierRecord = Pick<Consignment, 'id' | 'billOfLading' | 'ownerAgency' | 'releasability' | 'carrier'>;

export function consignmentDeclaration(c: CarrierRecord): FlagDeclaration | null {
  if (!c.carrier.flag) return null;
  return {
    flag: c.carrier.flag,
    mmsi: mmsiNumber(c.carrier.mmsi),
    imo: imoNumber(c.carrier.imo),
    source: { kind: 'consignment', id: c.id, label: `manifest B/L ${c.billOfLading}` },
    releasable: { ownerAgency: c.ownerAgency, ...c.releasability },
  };
}

export function consignmentRowDeclaration(row: ConsignmentRow): FlagDeclaration | null {
  return consignmentDeclaration({
    id: row.id,
    billOfLading: row.billOfLading,
    ownerAgency: row.ownerAgency,
    releasability: { tlp: row.tlp as Tlp, recipients: row.recipients, sharingGroups: row.sharingGroups },
    carrier: {
      ...(row.carrierMmsi ? { mmsi: row.carrierMmsi } : {}),
      ...(row.carrierImo ? { imo: row.carrierImo } : {}),
      ...(row.carrierFlag ? { flag: row.carrierFlag } : {}),
    },
  });
}

/** One declaration per vessel subject with a flag; the source id names the subject's place in the event. */
export function eventDeclarations(event: IntelEvent): FlagDeclaration[] {
  const releasable: Releasable = { ownerAgency: event.ownerAgency, ...event.releasability };
  return event.subjects.vessels.flatMap((v, i) =>
    v.flag
      ? [
          {
            flag: v.flag,
            mmsi: mmsiNumber(v.mmsi),
            imo: imoNumber(v.imo),
            source: { kind: 'event' as const, id: `${event.id}#${i}`, label: `event "${event.title.slice(0, 80)}"` },
            releasable,
          },
        ]
      : [],
  );
}

/** A vessel entry's country is the flag its list records; entries share their list's releasability. */
export function entryDeclaration(
  entry: WatchlistEntryRow,
  list: Pick<WatchlistRow, 'id' | 'name' | 'ownerAgency' | 'tlp' | 'recipients' | 'sharingGroups'>,
): FlagDeclaration | null {
  if (entry.kind !== 'vessel' || !entry.country) return null;
  return {
    flag: entry.country,
    mmsi: mmsiNumber(entry.mmsi),
    imo: imoNumber(entry.imo),
    source: {
      kind: 'watchlist_entry',
      id: entry.id,
      label: `watchlist "${list.name.slice(0, 80)}"`,
      watchlistId: list.id,
    },
    releasable: {
      ownerAgency: list.ownerAgency,
      tlp: list.tlp as Tlp,
      recipients: list.recipients,
      sharingGroups: list.sharingGroups,
    },
  };
}

export interface HeardVessel {
  name: string | null;
  imo: number | null;
  lat: number;
  lon: number;
}

/**
 * The alert for a MID that disagrees with a declared flag, owned by the declaring record's agency and
 * released like the record (AIS, the other input, is open). Null when no releasability can be derived.
 */
export function draftFlagMismatchAlert(
  m: FlagMismatch,
  vessel: HeardVessel,
  track: EvidenceTrack,
  atMs: number,
  ownerGroups: ReadonlySet<string>,
): AlertDraft | null {
  const d = m.declaration;
  const owner = d.releasable.ownerAgency;
  const releasability = deriveReleasability(
    [d.releasable, { ownerAgency: owner, tlp: 'GREEN', recipients: [], sharingGroups: [] }],
    { agency: owner, groups: ownerGroups },
  );
  if (!releasability) return null;
  const mmsi = mmsiText(m.mmsi);
  const who = `${vessel.name ?? 'unknown'} (${mmsi})`;
  const subject: AlertDraft['evidence']['subject'] =
    d.source.kind === 'watchlist_entry'
      ? { type: 'vessel', id: mmsi }
      : d.source.kind === 'event'
        ? { type: 'event', id: d.source.id.split('#')[0] ?? d.source.id }
        : { type: 'consignment', id: d.source.id };
  return {
    key: `mid_flag_mismatch:${m.key}`,
    type: 'identity_anomaly',
    status: 'final',
    eventKind: 'vessel_alert',
    title: `Identity anomaly: ${who} — MID ${m.mid} is ${m.midFlag}, ${d.source.label} declares ${d.flag}`,
    summary: `${mmsi} transmits a ${m.midFlagName} MID (${m.mid}, flag ${m.midFlag}) but the ${d.source.label} declares flag ${d.flag} [final]`,
    severity: 3,
    mmsis: [mmsi],
    startAt: atMs,
    endAt: atMs,
    position:
      Number.isFinite(vessel.lat) && Number.isFinite(vessel.lon) && !(vessel.lat === 0 && vessel.lon === 0)
        ? { lat: vessel.lat, lon: vessel.lon }
        : null,
    parameters: {
      anomaly: 'mid_flag_mismatch',
      mid: m.mid,
      midFlag: m.midFlag,
      declaredFlag: d.flag,
      declaredIn: d.source.kind,
      declaredBy: d.source.id,
      declaredLabel: d.source.label,
    },
    evidence: {
      tracks: [{ mmsi, points: track.points }],
      matches: [],
      subject,
      watchlistId: d.source.watchlistId ?? null,
      entryId: d.source.kind === 'watchlist_entry' ? d.source.id : null,
      areaId: null,
    },
    ownerAgency: owner,
    releasability,
    subjects: { vessels: [vesselSubject(m.mmsi, vessel.name, vessel.imo)].filter((v) => v !== null) },
  };
}
