import type { IntelEvent } from '@tidewatch/contracts';

/** A valid GREEN sighting off Jamaica with id `id-<seq>`, for unit tests of the stores and map diffs. */
export function eventFixture(seq: number, overrides: Partial<IntelEvent> = {}): IntelEvent {
  return {
    v: 1,
    id: `id-${seq}`,
    seq,
    kind: 'sighting_report',
    title: `event ${seq}`,
    summary: '',
    occurredAt: '2026-11-20T14:00:00Z',
    reportedAt: '2026-11-20T14:00:00Z',
    receivedAt: '2026-11-20T14:00:00Z',
    position: { lat: 18, lon: -76 },
    place: null,
    ownerAgency: 'JCA',
    releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
    severity: 3,
    grading: null,
    subjects: { vessels: [], containers: [], organisations: [], persons: [] },
    seizure: null,
    status: 'new',
    assigneeId: null,
    version: 1,
    ...overrides,
  };
}
