import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canRead } from '../releasability/policy.ts';
import { normaliseIdentifier, normaliseSerial } from './identifiers.ts';
import { visibleLinks } from './link-visibility.ts';
import { nameSimilarity, nameTokens } from './names.ts';
import { DEFAULT_RESOLUTION_THRESHOLD, scorePair, suggestMatches, type ResolvableRecord } from './resolution.ts';

const person = (
  id: string,
  name: string,
  dateOfBirth: string | null = null,
  identifiers: ResolvableRecord['identifiers'] = [],
): ResolvableRecord => ({
  id,
  kind: 'person',
  names: [name],
  dateOfBirth,
  identifiers,
});
const similar = (a: string, b: string) => nameSimilarity(nameTokens(a, 'person'), nameTokens(b, 'person'), 'person');

describe('entity names', () => {
  it('[ENT-3] transliterated, accented and list-form names of one person meet; other people do not', () => {
    expect(similar('Дмитрий Иванов', 'Dmitriy Ivanov')).toBeGreaterThan(0.9);
    expect(similar('José Ordóñez Castañeda', 'JOSE ORDONEZ CASTANEDA')).toBe(1);
    expect(similar('Ordóñez Castañeda, José', 'José Ordóñez Castañeda')).toBe(1);
    expect(similar('María de la Cruz Núñez', 'Maria Cruz Nunez')).toBe(1);
    // The Spanish short form: given name and first surname.
    expect(similar('Juan Pérez García', 'Juan Perez')).toBeGreaterThan(0.95);
    // Skipping the first surname is how relatives differ: it costs.
    expect(similar('Juan Brown Pérez', 'Juan Perez')).toBeLessThan(similar('Juan Pérez García', 'Juan Perez'));
    expect(similar('Juan Pérez', 'Pedro Pérez')).toBeLessThan(0.85);
    expect(similar('García', 'Juan García López')).toBeLessThan(0.7);
    expect(
      nameSimilarity(
        nameTokens('Caribe Shipping', 'organisation'),
        nameTokens('Caribe Shipping Lines', 'organisation'),
        'organisation',
      ),
    ).toBeLessThan(0.7);
    expect(
      nameSimilarity(
        nameTokens('Caribe Shipping Co. Ltd', 'organisation'),
        nameTokens('CARIBE SHIPPING', 'organisation'),
        'organisation',
      ),
    ).toBe(1);
  });

  it('[ENT-3] a name of any text scores in [0, 1] and equals itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        const score = similar(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1.0000001);
        if (nameTokens(a, 'person').length > 0) expect(similar(a, a)).toBe(1);
      }),
    );
  });
});

describe('entity resolution', () => {
  it('[ENT-4] a shared passport settles a pair; a different one, or a different date of birth, argues against', () => {
    const passport = [{ type: 'passport' as const, normalised: 'P1234567' }];
    expect(
      scorePair(person('a', 'J. Smith', null, passport), person('b', 'John Smith', null, passport)).score,
    ).toBeGreaterThan(0.95);
    const differentPassport = scorePair(
      person('a', 'John Smith', '1980-01-02', passport),
      person('b', 'John Smith', '1980-01-02', [{ type: 'passport', normalised: 'P7654321' }]),
    );
    expect(differentPassport.score).toBeLessThan(DEFAULT_RESOLUTION_THRESHOLD);
    expect(differentPassport.reasons).toContain('different_identifier:passport');
    expect(
      scorePair(person('a', 'John Smith', '1980-01-02'), person('b', 'John Smith', '1971-06-30')).score,
    ).toBeLessThan(DEFAULT_RESOLUTION_THRESHOLD);
    expect(
      scorePair(person('a', 'John Smith', '1980-01-02'), person('b', 'John Smith', '1980-02-01')).reasons,
    ).toContain('date_of_birth_day_month_swapped');
    // Kinds never mix, whatever they share.
    const vessel: ResolvableRecord = {
      id: 'v',
      kind: 'vessel',
      names: ['John Smith'],
      dateOfBirth: null,
      identifiers: passport,
    };
    expect(scorePair(person('a', 'John Smith', null, passport), vessel).score).toBe(0);
  });

  it('[ENT-5] suggestions are those at or over the threshold, best first, never the record itself', () => {
    const target = person('t', 'José Ordóñez Castañeda', '1979-05-14');
    const found = suggestMatches(target, [
      target,
      person('short', 'Jose Ordonez', '1979-05-14'),
      person('list', 'Ordóñez Castañeda, José', '1979-05-14'),
      person('other', 'José Ordóñez Castañeda', '1950-11-30'),
      person('stranger', 'Pedro Alvarado', '1979-05-14'),
    ]);
    expect(found.map((s) => s.id)).toEqual(['list', 'short']);
  });

  it('[FIRE-2] serials compare without separators, case, and O/0 or I/1 misreadings', () => {
    expect(normaliseSerial('bxr-7I4O')).toBe(normaliseSerial('BXR 7140'));
    expect(normaliseSerial('ab.12/3')).toBe('AB123');
    expect(normaliseIdentifier('imo', 'IMO 9074729')).toBe('9074729');
    expect(normaliseIdentifier('phone', '+1 (876) 555-0101')).toBe('+18765550101');
    expect(normaliseIdentifier('container_number', 'msc u 123456-5')).toBe('MSCU1234565');
  });
});

describe('link visibility', () => {
  const tlps = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
  const releasable = fc.record({
    ownerAgency: fc.constantFrom('JCA', 'CBP', 'USCG'),
    tlp: fc.constantFrom(...tlps),
    recipients: fc.subarray(['JCA', 'CBP', 'USCG']),
    sharingGroups: fc.subarray(['g1']),
  });

  it('[LINK-1] a link passes only when the viewer may read the link and both ends, for any labels', () => {
    fc.assert(
      fc.property(
        releasable,
        releasable,
        releasable,
        fc.constantFrom('JCA', 'CBP', 'USCG'),
        fc.boolean(),
        (link, from, to, agency, inGroup) => {
          const viewer = { agency, groups: new Set(inGroup ? ['g1'] : []) };
          const ends = new Map([
            ['from', from],
            ['to', to],
          ]);
          const shown = visibleLinks(viewer, [{ ...link, from: 'from', to: 'to' }], (end: string) => ends.get(end));
          expect(shown.length === 1).toBe(canRead(viewer, link) && canRead(viewer, from) && canRead(viewer, to));
        },
      ),
    );
    // An end that does not exist hides the link.
    const open = { ownerAgency: 'JCA', tlp: 'GREEN' as const, recipients: [], sharingGroups: [] };
    expect(
      visibleLinks({ agency: 'CBP', groups: new Set() }, [{ ...open, from: 'a', to: 'gone' }], (e) =>
        e === 'a' ? open : undefined,
      ),
    ).toEqual([]);
  });
});
