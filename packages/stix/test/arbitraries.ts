import {
  type Annotation,
  COMMODITIES,
  type Consignment,
  IntelEvent,
  KNOWN_EVENT_KINDS,
  MOVEMENT_KINDS,
  QUANTITY_UNITS,
  TLP_LEVELS,
  TRIAGE_STATUSES,
  VESSEL_CATEGORIES,
  isValidContainerNumber,
  type Watchlist,
  type WatchlistEntry,
} from '@tidewatch/contracts';
import fc from 'fast-check';
import type { Agency, Link, SharedVessel, WatchlistWithEntries } from '../src/index.ts';

/** Valid Tidewatch items of every shareable kind, for property tests of the STIX mapping. */

const text = (maxLength = 60) => fc.string({ unit: 'grapheme', minLength: 1, maxLength });
/** Text the contracts trim on input, so stored values never start or end with white space. */
const trimmed = (maxLength = 60) =>
  text(maxLength)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const agencyCode = fc.stringMatching(/^[A-Z][A-Z0-9]{1,5}$/);
const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
/** Two instants in order: a creation time and a later (or equal) change time. */
const createdThenChanged = fc.tuple(instant, instant).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));
const releasability = fc.record({
  tlp: fc.constantFrom(...TLP_LEVELS),
  recipients: fc.uniqueArray(agencyCode, { maxLength: 4 }),
  sharingGroups: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}$/), { maxLength: 3 }),
});
const grading = fc.option(
  fc.record({
    reliability: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F' as const),
    credibility: fc.constantFrom(1, 2, 3, 4, 5, 6 as const),
  }),
  { nil: null },
);
/** A finite double; -0 is read back as 0 because JSON has no negative zero, so it is not generated. */
const double = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const position = fc.record({ lat: double(-90, 90), lon: double(-180, 180) });

/** A 7-digit IMO number with its check digit. */
const imo = fc.stringMatching(/^[1-9]\d{5}$/).map((six) => {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(six[i]) * (7 - i);
  return `${six}${sum % 10}`;
});
/** An ISO 6346 container number: the one check digit (of ten) that the contract's own check accepts. */
const container = fc
  .stringMatching(/^[A-Z]{3}U\d{6}$/)
  .map((ten) => [...'0123456789'].map((d) => `${ten}${d}`).find(isValidContainerNumber) ?? `${ten}0`);
const mmsi = fc.stringMatching(/^[2-7]\d{8}$/);

const vesselSubject = fc
  .record(
    {
      mmsi,
      imo,
      name: text(30),
      callSign: fc.stringMatching(/^[A-Z0-9]{3,7}$/),
      flag: fc.constantFrom('PA', 'JM', 'US', 'LR', 'MH'),
    },
    { requiredKeys: ['mmsi'] },
  )
  .map((v) => v);

export const event: fc.Arbitrary<IntelEvent> = fc
  .record({
    id: fc.ulid(),
    seq: fc.integer({ min: 1, max: 1_000_000 }),
    kind: fc.constantFrom(...KNOWN_EVENT_KINDS, 'x-migrant-landing'),
    title: trimmed(),
    summary: fc.oneof(fc.constant(''), text(200)),
    occurredAt: instant,
    reportedAt: instant,
    receivedAt: instant,
    position: fc.option(position, { nil: null }),
    place: fc.option(fc.oneof(fc.constantFrom('JMKIN', 'USMIA', 'PAONX'), trimmed(40)), { nil: null }),
    ownerAgency: agencyCode,
    releasability,
    severity: fc.integer({ min: 1, max: 5 }),
    grading,
    subjects: fc.record({
      vessels: fc.array(vesselSubject, { maxLength: 3 }),
      containers: fc.array(container, { maxLength: 3 }),
      organisations: fc.array(text(40), { maxLength: 2 }),
      persons: fc.array(text(40), { maxLength: 2 }),
    }),
    seizure: fc.record(
      {
        commodity: fc.constantFrom(...COMMODITIES),
        quantity: double(0, 1e9),
        unit: fc.constantFrom(...QUANTITY_UNITS),
        estimatedValueUsd: double(0, 1e9),
        hsCode: fc.constantFrom('9302', '9306.21', '1211.90'),
        origin: trimmed(40),
        destination: trimmed(40),
      },
      { requiredKeys: ['commodity', 'quantity', 'unit'] },
    ),
    status: fc.constantFrom(...TRIAGE_STATUSES),
    assigneeId: fc.option(fc.uuid(), { nil: null }),
    version: fc.integer({ min: 1, max: 1000 }),
  })
  .map(({ seizure, ...e }) => ({
    v: 1 as const,
    ...e,
    releasability: { ...e.releasability, recipients: e.releasability.recipients.filter((r) => r !== e.ownerAgency) },
    seizure: e.kind === 'seizure' ? seizure : null,
  }))
  // Only events the contract accepts: the importer checks every item against it (STIX-12).
  .filter((e) => IntelEvent.safeParse(e).success);

export const annotation: fc.Arbitrary<Annotation> = fc
  .record({
    id: fc.uuid(),
    targetType: fc.constantFrom('event', 'vessel', 'consignment', 'watchlist_entry' as const),
    targetId: fc.uuid(),
    ownerAgency: agencyCode,
    author: fc.record({ id: fc.uuid(), name: text(40) }),
    body: text(500),
    tags: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9:._-]{0,15}$/), { maxLength: 4 }),
    grading,
    releasability,
    version: fc.integer({ min: 1, max: 100 }),
    times: createdThenChanged,
    deleted: fc.boolean(),
  })
  .map(({ times: [createdAt, updatedAt], ...a }) => ({ ...a, createdAt, updatedAt }));

export const agency: fc.Arbitrary<Agency> = fc.record({
  code: agencyCode,
  name: text(80),
  country: fc.constantFrom('JM', 'US', 'BB', 'TT'),
  createdAt: instant,
});

const watchlistEntry = (watchlistId: string): fc.Arbitrary<WatchlistEntry> =>
  fc
    .record({
      id: fc.uuid(),
      kind: fc.constantFrom('vessel', 'container', 'organisation', 'person' as const),
      mmsi: fc.option(mmsi, { nil: null }),
      imo: fc.option(imo, { nil: null }),
      name: fc.option(text(40), { nil: null }),
      callSign: fc.option(fc.stringMatching(/^[A-Z0-9]{3,7}$/), { nil: null }),
      containerNumber: fc.option(container, { nil: null }),
      country: fc.option(fc.constantFrom('JM', 'US', 'CO'), { nil: null }),
      reason: text(200),
      addedBy: fc.uuid(),
      times: createdThenChanged,
      expiresAt: fc.option(instant, { nil: null }),
      retiredAt: fc.option(instant, { nil: null }),
      version: fc.integer({ min: 1, max: 50 }),
    })
    .map(({ times: [addedAt, updatedAt], ...e }) => ({ ...e, watchlistId, addedAt, updatedAt }));

export const watchlist: fc.Arbitrary<WatchlistWithEntries> = fc
  .record({
    id: fc.uuid(),
    name: text(60),
    description: fc.oneof(fc.constant(''), text(200)),
    ownerAgency: agencyCode,
    releasability,
    createdBy: fc.uuid(),
    times: createdThenChanged,
    retiredAt: fc.option(instant, { nil: null }),
    version: fc.integer({ min: 1, max: 50 }),
    entryCount: fc.integer({ min: 0, max: 10_000 }),
  })
  .chain(({ times: [createdAt, updatedAt], ...w }) => {
    const list: Watchlist = { ...w, createdAt, updatedAt };
    return fc
      .uniqueArray(watchlistEntry(list.id), { maxLength: 3, selector: (e) => e.id })
      .map((entries) => ({ watchlist: list, entries }));
  });

const party = fc.record(
  { name: text(60), country: fc.constantFrom('JM', 'US', 'CN'), address: text(100) },
  { requiredKeys: ['name'] },
);

export const consignment: fc.Arbitrary<Consignment> = fc
  .record({
    id: fc.uuid(),
    billOfLading: fc.stringMatching(/^[A-Z0-9][A-Z0-9/-]{2,20}$/),
    ownerAgency: agencyCode,
    releasability,
    containers: fc.array(container, { maxLength: 3 }),
    shipper: party,
    consignee: party,
    notifyParty: fc.option(party, { nil: null }),
    hsCodes: fc.array(fc.constantFrom('9302', '8703.23', '0803'), { maxLength: 3 }),
    goodsDescription: text(200),
    packages: fc.option(fc.record({ count: fc.integer({ min: 1, max: 1000 }), kind: text(20) }), { nil: null }),
    grossWeightKg: fc.option(double(0.1, 1e6), { nil: null }),
    originLocode: fc.constantFrom('CNSHA', 'USMIA', 'COCTG'),
    transshipmentLocodes: fc.array(fc.constantFrom('PAONX', 'BSFPO'), { maxLength: 2 }),
    destinationLocode: fc.constantFrom('JMKIN', 'TTPOS'),
    carrier: fc.record({ imo, mmsi, name: text(40), flag: fc.constantFrom('PA', 'LR') }, { requiredKeys: [] }),
    voyage: fc.option(text(20), { nil: null }),
    etd: fc.option(instant, { nil: null }),
    eta: fc.option(instant, { nil: null }),
    status: fc.constantFrom(...MOVEMENT_KINDS),
    risk: fc.record({
      score: fc.integer({ min: 0, max: 100 }),
      lane: fc.constantFrom('red', 'yellow', 'green' as const),
      factors: fc.array(
        fc.record({
          code: fc.constantFrom('watchlist_hit', 'high_risk_route', 'container_check_digit' as const),
          points: fc.integer({ min: -50, max: 50 }),
          explanation: text(100),
          refs: fc.array(fc.uuid(), { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
      assessedAt: instant,
    }),
    movements: fc.array(
      fc.record({
        id: fc.uuid(),
        kind: fc.constantFrom(...MOVEMENT_KINDS),
        at: instant,
        locode: fc.option(fc.constantFrom('JMKIN', 'PAONX'), { nil: null }),
        note: fc.option(text(100), { nil: null }),
        recordedBy: fc.uuid(),
        recordedAt: instant,
      }),
      { maxLength: 3 },
    ),
    times: createdThenChanged,
  })
  .map(({ times: [createdAt, updatedAt], ...c }) => ({
    ...c,
    releasability: { ...c.releasability, recipients: c.releasability.recipients.filter((r) => r !== c.ownerAgency) },
    createdAt,
    updatedAt,
  }));

export const vessel: fc.Arbitrary<SharedVessel> = fc
  .record({
    mmsi: fc.integer({ min: 200_000_000, max: 799_999_999 }),
    name: fc.option(text(30), { nil: null }),
    callSign: fc.option(fc.stringMatching(/^[A-Z0-9]{3,7}$/), { nil: null }),
    imo: fc.option(imo.map(Number), { nil: null }),
    category: fc.constantFrom(...VESSEL_CATEGORIES),
    flag: fc.option(fc.constantFrom({ alpha2: 'PA', name: 'Panama' }, { alpha2: 'JM', name: 'Jamaica' }), {
      nil: null,
    }),
    position: fc.option(position, { nil: null }),
    status: fc.constantFrom('live', 'stale', 'lost' as const),
    times: createdThenChanged,
    reported: fc.boolean(),
  })
  .map(({ times: [firstSeenAt, lastReportAt], reported, ...v }) => ({
    ...v,
    firstSeenAt,
    lastReportAt: reported ? lastReportAt : null,
  }));

const itemRef = fc.record({
  kind: fc.constantFrom(
    'agency',
    'event',
    'annotation',
    'watchlist',
    'watchlist-entry',
    'consignment',
    'vessel' as const,
  ),
  id: fc.uuid(),
});

export const link: fc.Arbitrary<Link> = fc
  .record({
    id: fc.uuid(),
    relationship: fc.constantFrom('related-to', 'duplicate-of', 'derived-from'),
    source: itemRef,
    target: itemRef,
    description: fc.option(text(200), { nil: null }),
    ownerAgency: agencyCode,
    releasability,
    times: createdThenChanged,
    version: fc.integer({ min: 1, max: 100 }),
  })
  .map(({ times: [createdAt, updatedAt], ...l }) => ({ ...l, createdAt, updatedAt }));

/** A set of items of every kind, ids unique within each kind. */
export const shareableItems = fc.record({
  agencies: fc.uniqueArray(agency, { maxLength: 3, selector: (a) => a.code }),
  events: fc.uniqueArray(event, { maxLength: 3, selector: (e) => e.id }),
  annotations: fc.uniqueArray(annotation, { maxLength: 3, selector: (a) => a.id }),
  watchlists: fc.uniqueArray(watchlist, { maxLength: 2, selector: (w) => w.watchlist.id }),
  consignments: fc.uniqueArray(consignment, { maxLength: 2, selector: (c) => c.id }),
  vessels: fc.uniqueArray(vessel, { maxLength: 3, selector: (v) => v.mmsi }),
  links: fc.uniqueArray(link, { maxLength: 3, selector: (l) => l.id }),
});
