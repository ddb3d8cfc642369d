import type { IntelEvent } from '@tidewatch/contracts';

/** A stored event for the CoT tests and benchmark, with what they set. */
export function testEvent(over: Partial<IntelEvent> & { id: string }): IntelEvent {
  return {
    v: 1,
    seq: 1,
    kind: 'sighting_report',
    title: `event ${over.id}`,
    summary: '',
    occurredAt: '2026-12-07T12:00:00.000Z',
    reportedAt: '2026-12-07T12:00:00.000Z',
    receivedAt: '2026-12-07T12:00:00.000Z',
    position: null,
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
    ...over,
  };
}

/** An AMBER vessel alert of `owner` on one MMSI, released to `recipients` (a suspect mark, COT-2). */
export function alertOn(mmsi: number, owner: string, recipients: string[], status: IntelEvent['status'] = 'new') {
  return testEvent({
    id: `0190a0b4-1c2d-7e3f-8a9b-${String(mmsi % 1e12).padStart(12, '0')}`,
    kind: 'vessel_alert',
    ownerAgency: owner,
    releasability: { tlp: 'AMBER', recipients, sharingGroups: [] },
    subjects: { vessels: [{ mmsi: String(mmsi) }], containers: [], organisations: [], persons: [] },
    status,
  });
}
