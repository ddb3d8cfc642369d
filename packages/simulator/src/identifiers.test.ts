import { isMmsiFormat, isValidImo } from '@tidewatch/ais';
import { isValidContainerNumber } from '@tidewatch/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FLAG_STATES,
  containerCheckDigit,
  imoCheckDigit,
  makeCallSign,
  makeContainerNumber,
  makeImo,
  makeMmsi,
  midOf,
  type FlagCode,
} from './identifiers.ts';
import { createRng } from './random.ts';

const FLAGS = Object.keys(FLAG_STATES).filter((f): f is FlagCode => f in FLAG_STATES);

describe('synthetic identifiers', () => {
  it('computes the published check digits', () => {
    // IMO 9074729 and container CSQU3054383 are the standard worked examples.
    expect(imoCheckDigit('907472')).toBe(9);
    expect(containerCheckDigit('CSQU305438')).toBe(3);
  });

  it('makes MMSIs of nine digits whose MID is allotted to the flag', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...FLAGS), (seed, flag) => {
        const mmsi = makeMmsi(createRng(seed), flag);
        expect(isMmsiFormat(mmsi)).toBe(true);
        expect(mmsi).toHaveLength(9);
        expect(FLAG_STATES[flag].mids).toContain(midOf(mmsi));
      }),
    );
  });

  it('uses the MIDs of the brief for the main flags', () => {
    expect(FLAG_STATES.JM.mids).toEqual([339]);
    expect(FLAG_STATES.US.mids).toEqual([366, 367, 368, 369]);
    expect(FLAG_STATES.CO.mids).toEqual([730]);
    expect(FLAG_STATES.BS.mids).not.toContain(310); // Bermuda
  });

  it('makes IMO numbers and container numbers that the contract validators accept', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const rng = createRng(seed);
        expect(isValidImo(makeImo(rng))).toBe(true);
        const box = makeContainerNumber(rng);
        expect(box).toMatch(/^[A-Z]{3}U\d{7}$/);
        expect(isValidContainerNumber(box)).toBe(true);
      }),
    );
  });

  it('makes call signs in the flag series', () => {
    const rng = createRng(1);
    for (const flag of FLAGS) {
      const sign = makeCallSign(rng, flag);
      expect(FLAG_STATES[flag].callSignPrefixes.some((p) => sign.startsWith(p))).toBe(true);
      expect(sign.length).toBeLessThanOrEqual(12);
    }
  });
});
