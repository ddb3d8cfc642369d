import type { Annotation, IntelEvent } from '@tidewatch/contracts';
import type { Agency } from '../src/index.ts';

/** A seizure reported by JCA and released to CBP under a sharing agreement. */
export const seizure: IntelEvent = {
  v: 1,
  id: '01J9Z3K4M5N6P7Q8R9S0T1V2W3',
  seq: 42,
  kind: 'seizure',
  title: 'Go-fast interdicted off Portland Point',
  summary: '18 bales recovered; two crew detained.',
  occurredAt: '2026-11-30T03:12:00.000Z',
  reportedAt: '2026-11-30T04:00:00.000Z',
  receivedAt: '2026-11-30T04:00:01.250Z',
  position: { lat: 17.74, lon: -77.16 },
  place: 'JMKIN',
  ownerAgency: 'JCA',
  releasability: { tlp: 'AMBER', recipients: ['CBP'], sharingGroups: ['jm-us-cmaa'] },
  severity: 4,
  grading: { reliability: 'B', credibility: 2 },
  subjects: {
    vessels: [{ name: 'SEA WOLF', mmsi: '339123456' }],
    containers: [],
    organisations: [],
    persons: ['J. Doe'],
  },
  seizure: { commodity: 'cocaine', quantity: 450, unit: 'kg', estimatedValueUsd: 11_000_000 },
  status: 'triaged',
  assigneeId: null,
  version: 3,
};

export const jca: Agency = {
  code: 'JCA',
  name: 'Jamaica Customs Agency',
  country: 'JM',
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** An analyst's note on the seizure, released like it. */
export const noteOnSeizure: Annotation = {
  id: 'a1',
  targetType: 'event',
  targetId: seizure.id,
  ownerAgency: 'JCA',
  author: { id: 'u1', name: 'Analyst' },
  body: 'Crew known from a 2025 case.',
  tags: ['repeat'],
  grading: { reliability: 'C', credibility: 3 },
  releasability: seizure.releasability,
  version: 1,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  deleted: false,
};
