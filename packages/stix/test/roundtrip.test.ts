import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromStixBundle, toStixBundle } from '../src/index.ts';
import { shareableItems } from './arbitraries.ts';
import { oasisErrors, tidewatchSchemaErrors } from './oasis-validator.ts';

/** What a partner receives: the bundle as JSON text, parsed again. */
function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

describe('Tidewatch -> STIX -> Tidewatch', () => {
  it('[STIX-1] keeps every mapped field of every kind of item', () => {
    fc.assert(
      fc.property(shareableItems, (items) => {
        const imported = fromStixBundle(overTheWire(toStixBundle(items)));
        expect(imported.errors).toEqual([]);
        expect(imported.other).toEqual([]);
        expect(imported.looseEntries).toEqual([]);
        expect(imported.items).toEqual(items);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('[STIX-8] every object of a random bundle validates against the OASIS 2.1 schemas and the shipped Tidewatch schemas', () => {
    fc.assert(
      fc.property(shareableItems, (items) => {
        const bundle = overTheWire(toStixBundle(items));
        const { objects } = toStixBundle(items);
        expect(bundle).toEqual({ type: 'bundle', id: expect.any(String), objects });
        for (const object of objects) {
          expect(oasisErrors(object)).toEqual([]);
          expect(tidewatchSchemaErrors(object)).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('[STIX-3] a re-export of the same versions is identical, ids and bundle id included', () => {
    fc.assert(
      fc.property(shareableItems, (items) => {
        expect(toStixBundle(overTheWire(items))).toEqual(toStixBundle(items));
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
