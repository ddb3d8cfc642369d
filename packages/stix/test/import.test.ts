import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StixObject, extensionId, fromStixBundle, itemsToStix, stixIdOf, toStixBundle } from '../src/index.ts';
import { shareableItems } from './arbitraries.ts';
import { jca, noteOnSeizure, seizure } from './fixtures.ts';

const bundleOf = (objects: unknown[]) => ({
  type: 'bundle',
  id: 'bundle--6b0a3e26-5b1c-4a8e-9c4d-1f2e3d4c5b6a',
  objects,
});

/** Objects another producer (a MISP or OpenCTI export) might send, none of which Tidewatch maps. */
const foreign: StixObject[] = [
  {
    type: 'indicator',
    spec_version: '2.1',
    id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    created: '2026-03-01T12:00:00.000Z',
    modified: '2026-03-01T12:00:00.000Z',
    name: 'Known smuggling vessel AIS spoof pattern',
    pattern: "[x-vessel:mmsi = '339123456']",
    pattern_type: 'stix',
    valid_from: '2026-03-01T12:00:00Z',
    x_opencti_score: 80,
  },
  {
    type: 'incident',
    spec_version: '2.1',
    id: 'incident--26ffb872-1dd9-446e-b6f5-d58527e5b5d2',
    created: '2026-03-02T08:00:00.000Z',
    modified: '2026-03-02T09:00:00.000Z',
    name: 'Partner-reported landing',
  },
  {
    type: 'ipv4-addr',
    spec_version: '2.1',
    id: 'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd',
    value: '198.51.100.3',
  },
  {
    type: 'x-misp-object',
    spec_version: '2.1',
    id: 'x-misp-object--5a7f1c52-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
    created: '2026-03-03T00:00:00Z',
    modified: '2026-03-03T00:00:00Z',
    x_misp_name: 'vessel',
  },
];

describe('importing bundles from other producers', () => {
  it('[STIX-13] keeps objects Tidewatch does not map verbatim, next to the ones it does', () => {
    const result = fromStixBundle(toJson(bundleOf([...foreign, ...toStixBundle({ events: [seizure] }).objects])));
    expect(result.errors).toEqual([]);
    expect(result.other).toEqual(foreign);
    expect(result.items.events).toEqual([seizure]);
  });

  it('[STIX-10] refuses a bad object alone, naming its position, the field and the reason', () => {
    const [incident] = itemsToStix({ events: [seizure] });
    const bad: unknown[] = [
      'not an object',
      { ...foreign[0], id: 'indicator--123' },
      { ...foreign[0], modified: '2026-02-28T12:00:00.000Z' },
      { ...foreign[0], created: '2026-02-30T12:00:00.000Z' },
      { ...foreign[0], spec_version: '2.0' },
      { ...foreign[0], name: 'nul \u0000 inside' },
      { ...foreign[0], type: 'Indicator' },
    ];
    const result = fromStixBundle(toJson(bundleOf([...bad, incident, ...foreign])));
    expect(result.items.events).toEqual([seizure]);
    expect(result.other).toEqual(foreign);
    expect(result.errors.map((e) => [e.index, e.field])).toEqual([
      [0, ''],
      [1, 'id'],
      [2, 'modified'],
      [3, 'created'],
      [4, 'spec_version'],
      [5, 'name'],
      [6, 'type'],
    ]);
    for (const error of result.errors) expect(error.reason).not.toBe('');
    expect(result.errors[2]).toMatchObject({
      id: foreign[0]?.id,
      type: 'indicator',
      reason: 'modified is before created',
    });
  });

  it('[STIX-10] nesting deeper than 64 levels is refused before anything walks it', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200; i++) deep = { inner: deep };
    const result = fromStixBundle(toJson(bundleOf([{ ...foreign[0], x_deep: deep }, foreign[1]])));
    expect(result.errors).toEqual([expect.objectContaining({ index: 0, reason: expect.stringContaining('deep') })]);
    expect(result.other).toEqual([foreign[1]]);
  });

  it('[STIX-5] an item marked with a TLP 1.0 marking is read at its TLP 2.0 successor', () => {
    const [incident] = itemsToStix({
      events: [{ ...seizure, releasability: { ...seizure.releasability, tlp: 'CLEAR' } }],
    });
    const white = { ...incident, object_marking_refs: ['marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9'] };
    const [event] = fromStixBundle(toJson(bundleOf([white]))).items.events;
    expect(event?.releasability.tlp).toBe('CLEAR');
  });

  it('[STIX-10] a bundle-level fault is one error, never an exception', () => {
    expect(fromStixBundle(null).errors).toEqual([{ index: -1, field: 'type', reason: expect.any(String) }]);
    expect(fromStixBundle({ type: 'bundle' }).errors).toEqual([
      { index: -1, field: 'objects', reason: expect.any(String) },
    ]);
  });

  it('[STIX-13] of several versions of one object, the latest modified wins', () => {
    const older = itemsToStix({ events: [{ ...seizure, version: 2, status: 'new' }] });
    const newer = itemsToStix({ events: [seizure] });
    expect(fromStixBundle(toJson(bundleOf([...newer, ...older]))).items.events).toEqual([seizure]);
    expect(fromStixBundle(toJson(bundleOf([...older, ...newer]))).items.events).toEqual([seizure]);
  });
});

describe('objects that claim to be Tidewatch items', () => {
  const [incident] = itemsToStix({ events: [seizure] });
  const readOne = (object: unknown) => fromStixBundle(toJson(bundleOf([object])));
  /** The incident with fields of its Tidewatch event extension replaced. */
  const withEventExtension = (patch: Record<string, unknown>) => {
    const extensions = toJson(incident?.extensions);
    const id = extensionId('event');
    if (typeof extensions !== 'object' || extensions === null) throw new Error('the incident has no extensions');
    const entry: unknown = Object.entries(extensions).find(([key]) => key === id)?.[1];
    return { ...incident, extensions: { ...extensions, [id]: { ...(entry ?? {}), ...patch } } };
  };

  it('[STIX-11] an object whose id is not the one derived from the item it carries is refused', () => {
    const result = readOne({ ...incident, id: stixIdOf('event', '01J9Z3K4M5N6P7Q8R9S0T1V2W4') });
    expect(result.items.events).toEqual([]);
    expect(result.errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('[STIX-11] an object created by another identity than its owning agency is refused', () => {
    const result = readOne({ ...incident, created_by_ref: stixIdOf('agency', 'CBP') });
    expect(result.errors).toEqual([expect.objectContaining({ field: 'created_by_ref' })]);
  });

  it('[STIX-11] a note whose object_refs is not the target its extension names is refused', () => {
    const [note] = itemsToStix({
      annotations: [noteOnSeizure],
    });
    const result = readOne({ ...note, object_refs: [stixIdOf('event', 'someone-else')] });
    expect(result.errors).toEqual([expect.objectContaining({ field: 'object_refs' })]);
  });

  it('[STIX-11] an item without exactly one TLP marking is refused: releasability never defaults open', () => {
    expect(readOne({ ...incident, object_marking_refs: undefined }).errors).toEqual([
      expect.objectContaining({ field: 'object_marking_refs' }),
    ]);
    const twoLevels = [
      'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
      'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
    ];
    expect(readOne({ ...incident, object_marking_refs: twoLevels }).errors).toEqual([
      expect.objectContaining({ field: 'object_marking_refs' }),
    ]);
  });

  it('[STIX-12] an extension value the Tidewatch contract refuses is an error on that field', () => {
    const result = readOne(withEventExtension({ severity: 9 }));
    expect(result.errors).toEqual([
      expect.objectContaining({ field: expect.stringContaining('severity'), reason: expect.any(String) }),
    ]);
    const badStatus = withEventExtension({ status: 'bogus' });
    expect(readOne(badStatus).errors).toEqual([expect.objectContaining({ field: 'tidewatch.status' })]);
  });

  it('[STIX-13] objects Tidewatch derives (an event location) and publishes (markings, definitions) are not imported twice', () => {
    const result = fromStixBundle(toJson(toStixBundle({ events: [seizure], agencies: [jca] })));
    expect(result).toEqual({
      items: expect.objectContaining({ events: [seizure], agencies: [jca] }),
      looseEntries: [],
      other: [],
      errors: [],
    });
  });
});

describe('the importer under fuzzing', () => {
  it('[STIX-14] never throws on garbage; every error names a position, a field and a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()).map(bundleOf)), (input) => {
        const result = fromStixBundle(input);
        for (const error of result.errors) {
          expect(error.index).toBeGreaterThanOrEqual(-1);
          expect(typeof error.field).toBe('string');
          expect(error.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('[STIX-14] a valid bundle with random damage: each object is read, kept as other, or refused with a reason', () => {
    const damage = fc.record({
      key: fc.string({ maxLength: 20 }),
      value: fc.jsonValue({ maxDepth: 3 }),
      drop: fc.boolean(),
    });
    fc.assert(
      fc.property(shareableItems, fc.array(fc.tuple(fc.nat(), damage), { maxLength: 5 }), (items, damages) => {
        const objects: unknown[] = toJson(toStixBundle(items)).objects;
        for (const [at, { key, value, drop }] of damages) {
          const target = objects[at % objects.length];
          if (typeof target !== 'object' || target === null) continue;
          const keys = Object.keys(target);
          const chosen = drop ? keys[at % keys.length] : key;
          if (chosen === undefined) continue;
          objects[at % objects.length] = drop
            ? Object.fromEntries(Object.entries(target).filter(([k]) => k !== chosen))
            : { ...target, [chosen]: value };
        }
        const result = fromStixBundle(bundleOf(objects));
        const refused = new Set(result.errors.map((e) => e.index));
        expect(refused.size + result.other.length).toBeLessThanOrEqual(objects.length);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

function toJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}
