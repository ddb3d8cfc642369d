import type { ParsedEventInput } from '@tidewatch/contracts';
import type { NewEvent } from '@tidewatch/db';
import { eventStixIds } from '@tidewatch/stix';

/** Turns a validated submission into the row to store; times are normalised to UTC ISO strings. */
export function toNewEvent(input: ParsedEventInput, id: string, receivedAt: Date): NewEvent {
  const subjects = input.subjects ?? { vessels: [], containers: [], organisations: [], persons: [] };
  return {
    id,
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    occurredAt: new Date(input.occurredAt).toISOString(),
    reportedAt: new Date(input.reportedAt ?? receivedAt).toISOString(),
    receivedAt: receivedAt.toISOString(),
    lat: input.position?.lat ?? null,
    lon: input.position?.lon ?? null,
    place: input.place ?? null,
    ownerAgency: input.ownerAgency,
    tlp: input.releasability.tlp,
    recipients: input.releasability.recipients,
    sharingGroups: input.releasability.sharingGroups,
    severity: input.severity,
    grading: input.grading ?? null,
    subjects: {
      ...subjects,
      containers: subjects.containers.map((c) => c.replace(/[\s-]/g, '').toUpperCase()),
    },
    seizure: input.seizure ?? null,
    status: input.status,
    // TAXII finds an event by the ids of its STIX objects (match[id]); computed here, never in storage.
    stixIds: eventStixIds(id),
  };
}
