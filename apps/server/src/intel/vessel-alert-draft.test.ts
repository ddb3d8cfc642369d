import { describe, expect, it } from 'vitest';
import { Subjects } from '@tidewatch/contracts';
import type { DetectorAlert } from '@tidewatch/domain';
import { draftVesselAlert, type VesselNames } from './vessel-alert-draft.ts';

// AIS carries a 30-bit number: a broken or spoofed transponder can send a 10-digit "MMSI".
const BAD_MMSI = 1_012_345_678;
const GOOD_MMSI = 339_123_456;

const encounter: DetectorAlert = {
  id: 'encounter-1',
  type: 'encounter',
  status: 'final',
  mmsis: [GOOD_MMSI, BAD_MMSI],
  startAt: Date.parse('2026-11-20T10:00:00Z'),
  endAt: Date.parse('2026-11-20T12:30:00Z'),
  lat: 17.5,
  lon: -76.5,
  parameters: {},
  evidence: [],
  areaId: null,
  summary: 'two vessels within 500 m for 2.5 h',
};

function names(known: Record<number, { name: string | null; imo: number | null }>): VesselNames {
  return { nameOf: (m) => known[m]?.name ?? null, imoOf: (m) => known[m]?.imo ?? null };
}

describe('vessel alert drafts', () => {
  it('[OPS-L5] an alert naming a 10-digit MMSI still forms valid subjects; the bad number stays in its text and mmsis', () => {
    const draft = draftVesselAlert(
      encounter,
      names({ [GOOD_MMSI]: { name: 'CARIB TRADER', imo: 9074729 }, [BAD_MMSI]: { name: 'GHOST', imo: null } }),
      'IMPACS',
      new Map(),
      () => new Set(),
    );
    expect(draft).not.toBeNull();
    const subjects = Subjects.safeParse({
      vessels: [],
      containers: [],
      organisations: [],
      persons: [],
      ...draft?.subjects,
    });
    expect(subjects.error?.issues).toBeUndefined();
    expect(subjects.data?.vessels).toEqual([
      { mmsi: '339123456', name: 'CARIB TRADER', imo: '9074729' },
      { name: 'GHOST' },
    ]);
    expect(draft?.mmsis).toEqual(['339123456', '1012345678']);
    expect(draft?.title).toContain('GHOST (1012345678)');
  });

  it('[OPS-L5] a vessel known by nothing but an invalid MMSI is left out of the subjects, not the alert', () => {
    const draft = draftVesselAlert(
      { ...encounter, mmsis: [BAD_MMSI] },
      names({}),
      'IMPACS',
      new Map(),
      () => new Set(),
    );
    const subjects = Subjects.safeParse({
      vessels: [],
      containers: [],
      organisations: [],
      persons: [],
      ...draft?.subjects,
    });
    expect(subjects.success).toBe(true);
    expect(subjects.data?.vessels).toEqual([]);
    expect(draft?.mmsis).toEqual(['1012345678']);
  });
});
