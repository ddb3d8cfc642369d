import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';
import { uuidv7, uuidv7Time } from './uuid.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('is a well-formed v7 UUID that carries its millisecond timestamp', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff_ffff }), fc.integer(), (ms, seed) => {
        const id = uuidv7(ms, createRng(seed));
        expect(id).toMatch(UUID_V7);
        expect(uuidv7Time(id)).toBe(ms);
      }),
    );
  });

  it('sorts by time as text', () => {
    const rng = createRng('sort');
    const a = uuidv7(Date.UTC(2026, 0, 1), rng);
    const b = uuidv7(Date.UTC(2026, 0, 1) + 1, rng);
    expect(a < b).toBe(true);
  });

  it('refuses timestamps outside 48 bits', () => {
    expect(() => uuidv7(-1, createRng(1))).toThrow(RangeError);
    expect(() => uuidv7(1.5, createRng(1))).toThrow(RangeError);
  });
});
