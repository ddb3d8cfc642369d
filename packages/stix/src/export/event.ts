import type { IntelEvent } from '@tidewatch/contracts';
import { deriveStixId } from '../ids.ts';
import { stixIdOf } from '../kinds.ts';
import { plusMilliseconds, toStixTimestamp } from '../timestamps.ts';
import type { StixObject } from '../types.ts';
import type { EventExtension } from '../wire.ts';
import { envelope, releasabilityExtension, withoutEmpty } from './envelope.ts';

const LOCODE = /^([A-Z]{2})[A-Z2-9]{3}$/;

/**
 * An event becomes an incident (STIX-2): it is an agency's report of something that happened (a seizure, an
 * interdiction, a sighting report), which is what STIX's incident is; a sighting would need a STIX object that
 * was seen and observed-data would need cyber observables, and a vessel or a bale of cocaine is neither.
 *
 * Events store no time of their last change, only a version; `modified` is the received time plus one
 * millisecond per version after the first, so it grows with every version and a re-export of the same
 * version gives the same value (STIX-4).
 */
export function eventToStix(event: IntelEvent): StixObject[] {
  const id = stixIdOf('event', event.id);
  const created = toStixTimestamp(event.receivedAt);
  const markings = { tlp: event.releasability.tlp, ownerAgency: event.ownerAgency };
  const incident = envelope({
    type: 'incident',
    id,
    created,
    modified: plusMilliseconds(created, event.version - 1),
    ...markings,
    properties: withoutEmpty({ name: event.title, description: event.summary === '' ? undefined : event.summary }),
    extensions: [
      ['releasability', releasabilityExtension(event.ownerAgency, event.releasability)],
      ['event', eventExtension(event)],
    ],
  });
  return [incident, ...locationOf(event, id, incident.modified ?? created)];
}

function eventExtension(event: IntelEvent): EventExtension {
  return withoutEmpty<EventExtension>({
    extension_type: 'property-extension',
    event_id: event.id,
    schema_version: event.v,
    seq: event.seq,
    kind: event.kind,
    occurred_at: toStixTimestamp(event.occurredAt),
    reported_at: toStixTimestamp(event.reportedAt),
    received_at: toStixTimestamp(event.receivedAt),
    position: event.position ?? undefined,
    place: event.place ?? undefined,
    severity: event.severity,
    grading: event.grading ?? undefined,
    vessels: event.subjects.vessels.map((v) =>
      withoutEmpty({ mmsi: v.mmsi, imo: v.imo, name: v.name, call_sign: v.callSign, flag: v.flag }),
    ),
    containers: event.subjects.containers,
    organisations: event.subjects.organisations,
    persons: event.subjects.persons,
    seizure:
      event.seizure === null
        ? undefined
        : withoutEmpty({
            commodity: event.seizure.commodity,
            quantity: event.seizure.quantity,
            unit: event.seizure.unit,
            estimated_value_usd: event.seizure.estimatedValueUsd,
            hs_code: event.seizure.hsCode,
            origin: event.seizure.origin,
            destination: event.seizure.destination,
          }),
    status: event.status,
    assignee_id: event.assigneeId ?? undefined,
    version: event.version,
  });
}

/**
 * Where the event happened, as a STIX location joined by a `located-at` relationship, for consumers that do
 * not read the Tidewatch extension. STIX needs coordinates, a country or a region: a UN/LOCODE place gives
 * the country, a free place name alone gives nothing, so then no location is emitted (the extension keeps it).
 */
function locationOf(event: IntelEvent, incidentId: string, modified: string): StixObject[] {
  const country = event.place === null ? undefined : LOCODE.exec(event.place)?.[1];
  if (event.position === null && country === undefined) return [];
  const locationId = deriveStixId('location', 'event-location', event.id);
  const common = {
    created: event.receivedAt,
    modified,
    tlp: event.releasability.tlp,
    ownerAgency: event.ownerAgency,
  };
  const derived = releasabilityExtension(event.ownerAgency, event.releasability, incidentId);
  const location = envelope({
    ...common,
    type: 'location',
    id: locationId,
    properties: withoutEmpty({
      name: event.place ?? undefined,
      latitude: event.position?.lat,
      longitude: event.position?.lon,
      country,
    }),
    extensions: [['releasability', derived]],
  });
  const locatedAt = envelope({
    ...common,
    type: 'relationship',
    id: deriveStixId('relationship', 'event-located-at', event.id),
    properties: { relationship_type: 'located-at', source_ref: incidentId, target_ref: locationId },
    extensions: [['releasability', derived]],
  });
  return [location, locatedAt];
}
