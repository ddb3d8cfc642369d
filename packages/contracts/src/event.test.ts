import { describe, expect, it } from 'vitest';
import { EventInput } from './event.ts';
import { EventQuery } from './api.ts';
import { SocketHandshake } from './socket.ts';
import { isValidContainerNumber } from './identifiers.ts';

const EXAMPLE = {
  kind: 'seizure',
  title: 'Firearms in barrel shipment',
  occurredAt: '2026-11-20T14:05:00Z',
  position: { lat: 17.9712, lon: -76.7936 },
  ownerAgency: 'JCA',
  releasability: { tlp: 'AMBER', recipients: ['CBP'] },
  severity: 4,
  seizure: { commodity: 'firearms', quantity: 12, unit: 'items' },
};

function issuePaths(input: unknown): string[] {
  const result = EventInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('EventInput v1', () => {
  it('accepts the example body from the foundation issue as is, with defaults filled', () => {
    const parsed = EventInput.parse(EXAMPLE);
    expect(parsed).toMatchObject({ summary: '', status: 'new', releasability: { sharingGroups: [] } });
  });

  it('accepts every optional field when well formed', () => {
    const full = {
      ...EXAMPLE,
      id: '019ab3c2-5f1e-7abc-8def-0123456789ab',
      summary: 'Twelve pistols in a barrel declared as household goods',
      reportedAt: '2026-11-20T15:00:00-05:00',
      place: 'JMKIN',
      grading: { reliability: 'B', credibility: 2 },
      subjects: {
        vessels: [{ mmsi: '339123456', imo: '9074729', name: 'CARIB TRADER', callSign: '6YAB1' }],
        containers: ['CSQU3054383'],
        organisations: ['Island Freight Ltd'],
        persons: ['J. Doe'],
      },
      seizure: { commodity: 'firearms', quantity: 12, unit: 'items', estimatedValueUsd: 48000, hsCode: '9302.00' },
      status: 'triaged',
    };
    expect(EventInput.safeParse(full).success).toBe(true);
    expect(EventInput.safeParse({ ...EXAMPLE, kind: 'x-migrant-landing', seizure: undefined }).success).toBe(true);
    expect(EventInput.safeParse({ ...EXAMPLE, id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }).success).toBe(true);
  });

  // One rejection per field rule: each case breaks exactly one rule and must be refused at that field.
  const rejections: [string, Record<string, unknown>, string][] = [
    ['an id that is neither UUIDv7 nor ULID', { id: 'not-an-id' }, 'id'],
    ['a UUID of another version', { id: '0b5a1c9e-3c1e-4f5e-9b1a-2d3c4e5f6a7b' }, 'id'],
    ['an unknown kind', { kind: 'picnic' }, 'kind'],
    ['an empty title', { title: '   ' }, 'title'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
    ['a summary over 4000 characters', { summary: 'x'.repeat(4001) }, 'summary'],
    ['occurredAt without a zone', { occurredAt: '2026-11-20T14:05:00' }, 'occurredAt'],
    ['occurredAt that is not a date', { occurredAt: 'yesterday' }, 'occurredAt'],
    ['reportedAt that is not a date', { reportedAt: 12 }, 'reportedAt'],
    ['a latitude beyond 90', { position: { lat: 91, lon: 0 } }, 'position.lat'],
    ['a longitude beyond 180', { position: { lat: 0, lon: -181 } }, 'position.lon'],
    ['an empty place', { place: '' }, 'place'],
    ['a lower-case agency code', { ownerAgency: 'jca' }, 'ownerAgency'],
    ['an unknown TLP', { releasability: { tlp: 'PURPLE', recipients: [] } }, 'releasability.tlp'],
    ['a malformed recipient', { releasability: { tlp: 'AMBER', recipients: ['c b p'] } }, 'releasability.recipients.0'],
    [
      'the owner listed as a recipient',
      { releasability: { tlp: 'AMBER', recipients: ['JCA'] } },
      'releasability.recipients',
    ],
    [
      'a malformed sharing group',
      { releasability: { tlp: 'AMBER', recipients: [], sharingGroups: ['Bad Group'] } },
      'releasability.sharingGroups.0',
    ],
    ['severity 0', { severity: 0 }, 'severity'],
    ['severity 6', { severity: 6 }, 'severity'],
    ['a fractional severity', { severity: 2.5 }, 'severity'],
    ['reliability G', { grading: { reliability: 'G', credibility: 1 } }, 'grading.reliability'],
    ['credibility 7', { grading: { reliability: 'A', credibility: 7 } }, 'grading.credibility'],
    ['an MMSI of 8 digits', { subjects: { vessels: [{ mmsi: '33912345' }] } }, 'subjects.vessels.0.mmsi'],
    ['an IMO with a wrong check digit', { subjects: { vessels: [{ imo: '9074728' }] } }, 'subjects.vessels.0.imo'],
    ['a vessel with no identifier', { subjects: { vessels: [{}] } }, 'subjects.vessels.0'],
    ['a container with a wrong check digit', { subjects: { containers: ['CSQU3054384'] } }, 'subjects.containers.0'],
    ['an unknown commodity', { seizure: { commodity: 'gold', quantity: 1, unit: 'kg' } }, 'seizure.commodity'],
    ['a negative quantity', { seizure: { commodity: 'cocaine', quantity: -1, unit: 'kg' } }, 'seizure.quantity'],
    ['an unknown unit', { seizure: { commodity: 'cocaine', quantity: 1, unit: 'bales' } }, 'seizure.unit'],
    [
      'a malformed HS code',
      { seizure: { commodity: 'firearms', quantity: 1, unit: 'items', hsCode: '93' } },
      'seizure.hsCode',
    ],
    ['a seizure without seizure details', { seizure: undefined }, 'seizure'],
    ['seizure details on another kind', { kind: 'interdiction' }, 'seizure'],
    ['an unknown status', { status: 'archived' }, 'status'],
    ['an unknown field', { colour: 'red' }, ''],
  ];
  it.each(rejections)('refuses %s', (_label, change, path) => {
    expect(issuePaths({ ...EXAMPLE, ...change })).toContain(path);
  });

  it.each(['kind', 'title', 'occurredAt', 'ownerAgency', 'releasability', 'severity'])('requires %s', (field) => {
    const { [field]: _omitted, ...rest } = EXAMPLE as Record<string, unknown>;
    expect(issuePaths(rest)).toContain(field);
  });
});

describe('EventQuery', () => {
  it('parses kinds, bbox and limit', () => {
    expect(EventQuery.parse({ kind: 'seizure,interdiction', bbox: '-78.5,17,-76,18.6', limit: '50' })).toMatchObject({
      kind: ['seizure', 'interdiction'],
      bbox: { minLon: -78.5, minLat: 17, maxLon: -76, maxLat: 18.6 },
      limit: 50,
    });
  });
  it.each([
    [{ bbox: '1,2,3' }, 'bbox'],
    [{ bbox: '10,0,5,1' }, 'bbox'],
    [{ kind: 'picnic' }, 'kind.0'],
    [{ limit: '0' }, 'limit'],
    [{ limit: '501' }, 'limit'],
    [{ cursor: 'abc' }, 'cursor'],
    [{ from: 'last week' }, 'from'],
    [{ page: '2' }, ''],
  ])('refuses %o', (query, path) => {
    const result = EventQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('SocketHandshake', () => {
  it('accepts no since and a whole since; refuses anything else', () => {
    expect(SocketHandshake.safeParse({}).success).toBe(true);
    expect(SocketHandshake.safeParse({ since: 42 }).success).toBe(true);
    expect(SocketHandshake.safeParse({ since: -1 }).success).toBe(false);
    expect(SocketHandshake.safeParse({ since: '42' }).success).toBe(false);
  });
});

describe('ISO 6346 container numbers', () => {
  it('checks the check digit, including the 10 -> 0 case', () => {
    expect(isValidContainerNumber('CSQU3054383')).toBe(true);
    expect(isValidContainerNumber('MSKU 907032-3')).toBe(true);
    // The weighted sum of CSQU000007 is 10 mod 11, which ISO 6346 writes as check digit 0.
    expect(isValidContainerNumber('CSQU0000070')).toBe(true);
    expect(isValidContainerNumber('CSQU3054382')).toBe(false);
    expect(isValidContainerNumber('CSQX3054383')).toBe(false);
  });
});
