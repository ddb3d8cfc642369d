import { readFileSync } from 'node:fs';
import { TLP_LEVELS } from '@tidewatch/contracts';
import { describe, expect, it } from 'vitest';
import {
  EXTENSION_DEFINITIONS,
  TLP_2_0_EXTENSION_ID,
  TLP_MARKINGS,
  itemsToStix,
  stixIdOf,
  toStixBundle,
} from '../src/index.ts';
import { jca, noteOnSeizure, seizure } from './fixtures.ts';
import { oasisErrors } from './oasis-validator.ts';

const oasis = (file: string) =>
  JSON.parse(readFileSync(new URL(`./oasis-objects/tlp-2.0/${file}`, import.meta.url), 'utf8'));

describe('TLP 2.0 markings', () => {
  it("[STIX-5] are OASIS's own marking-definition objects, field for field", () => {
    expect(oasis('tlp-clear.json').objects[0]).toEqual(TLP_MARKINGS.CLEAR);
    expect(oasis('tlp-amber+strict.json').objects[0]).toEqual(TLP_MARKINGS['AMBER+STRICT']);
    const schema = oasis(`${TLP_2_0_EXTENSION_ID}.json`);
    const byId = new Map(Object.values(TLP_MARKINGS).map((m) => [m.id, m]));
    for (const definition of Object.values<{ properties: Record<string, { enum?: string[] } & object> }>(
      schema.definitions,
    )) {
      const id = definition.properties.id?.enum?.[0] ?? '';
      const marking = byId.get(id);
      expect(marking?.name).toBe(definition.properties.name?.enum?.[0]);
      const level = JSON.stringify(definition.properties.extensions);
      expect(level).toContain(`"enum":["${marking?.extensions[TLP_2_0_EXTENSION_ID]?.tlp_2_0}"]`);
      expect(marking?.created).toBe('2022-10-01T00:00:00.000Z');
    }
    expect(byId.size).toBe(5);
  });

  it('[STIX-5] every bundle carries all five, and each item is marked with its own level', () => {
    const bundle = toStixBundle({});
    for (const tlp of TLP_LEVELS) expect(bundle.objects).toContainEqual(TLP_MARKINGS[tlp]);
    const [incident] = itemsToStix({ events: [seizure] });
    expect(incident?.object_marking_refs).toEqual([TLP_MARKINGS.AMBER.id]);
  });

  it('[STIX-6] recipients and sharing groups travel in the releasability extension', () => {
    const [incident] = itemsToStix({ events: [seizure] });
    const extensions = JSON.stringify(incident?.extensions);
    expect(extensions).toContain('"owner_agency":"JCA"');
    expect(extensions).toContain('"recipients":["CBP"]');
    expect(extensions).toContain('"sharing_groups":["jm-us-cmaa"]');
  });
});

describe('ids and versions', () => {
  it('[STIX-3] ids are UUIDv5 of the Tidewatch id under the fixed namespace (stable across releases)', () => {
    // Pinned (computed independently with Python's uuid.uuid5): a change re-keys every object partners hold.
    expect(stixIdOf('event', seizure.id)).toBe('incident--daeb4836-32d6-5755-aab2-cb60473e7685');
    expect(stixIdOf('agency', 'JCA')).toMatch(/^identity--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/);
    expect(stixIdOf('event', seizure.id)).not.toBe(stixIdOf('annotation', seizure.id));
  });

  it('[STIX-4] modified grows with every event version and never precedes created', () => {
    const modifiedAt = (version: number) => itemsToStix({ events: [{ ...seizure, version }] })[0]?.modified;
    expect(modifiedAt(1)).toBe('2026-11-30T04:00:01.250Z');
    expect(modifiedAt(3)).toBe('2026-11-30T04:00:01.252Z');
    expect(String(modifiedAt(4)) > String(modifiedAt(3))).toBe(true);
  });

  it('[STIX-9] a change time before the creation time is clamped so modified >= created', () => {
    const [note] = itemsToStix({
      annotations: [{ ...noteOnSeizure, updatedAt: '2026-12-01T09:59:59.000Z' }],
    });
    expect(note?.created).toBe('2026-12-01T10:00:00.000Z');
    expect(note?.modified).toBe('2026-12-01T10:00:00.000Z');
  });
});

describe('the event mapping', () => {
  const objects = itemsToStix({ events: [seizure], agencies: [jca] });

  it('[STIX-2] an event is an incident owned by its agency, with a location joined by located-at', () => {
    const incident = objects.find((o) => o.type === 'incident');
    expect(incident).toMatchObject({ name: seizure.title, description: seizure.summary });
    expect(incident?.created_by_ref).toBe(stixIdOf('agency', 'JCA'));
    expect(objects.find((o) => o.type === 'identity')?.id).toBe(stixIdOf('agency', 'JCA'));
    const location = objects.find((o) => o.type === 'location');
    expect(location).toMatchObject({ latitude: 17.74, longitude: -77.16, country: 'JM', name: 'JMKIN' });
    expect(objects.find((o) => o.type === 'relationship')).toMatchObject({
      relationship_type: 'located-at',
      source_ref: incident?.id,
      target_ref: location?.id,
    });
  });

  it('[STIX-2] a free place name without coordinates gives no location (STIX needs one of them)', () => {
    const types = itemsToStix({ events: [{ ...seizure, position: null, place: 'off Portland Point' }] }).map(
      (o) => o.type,
    );
    expect(types).toEqual(['incident']);
  });

  it('[STIX-7] the bundle publishes an extension-definition for each Tidewatch extension, by Tidewatch', () => {
    const bundle = toStixBundle({ events: [seizure] });
    for (const definition of EXTENSION_DEFINITIONS) expect(bundle.objects).toContainEqual(definition);
    expect(EXTENSION_DEFINITIONS.map((d) => d.extension_types)).toContainEqual(['new-sdo']);
    for (const object of bundle.objects) expect(oasisErrors(object)).toEqual([]);
  });
});

describe('the OASIS schema check itself', () => {
  it('[STIX-8] refuses objects that break the STIX 2.1 schemas (so a passing run means something)', () => {
    const [incident] = itemsToStix({ events: [seizure] });
    expect(oasisErrors({ ...incident, type: 'incident', id: 'incident--not-a-uuid' })).not.toEqual([]);
    expect(oasisErrors({ ...incident, type: 'incident', id: String(incident?.id), severity: 4 })).not.toEqual([]);
    expect(oasisErrors({ ...incident, type: 'incident', id: String(incident?.id), created: '2026-11-30' })).not.toEqual(
      [],
    );
    const location = itemsToStix({ events: [seizure] }).find((o) => o.type === 'location');
    expect(
      oasisErrors({
        type: 'location',
        id: String(location?.id),
        ...location,
        country: undefined,
        longitude: undefined,
      }),
    ).not.toEqual([]);
  });
});
