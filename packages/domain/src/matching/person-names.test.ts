import { describe, expect, it } from 'vitest';
import { personNamesMatch, personWords } from './person-names.ts';
import { namedEntry } from './test-support.ts';
import { WatchlistIndex } from './watchlist-index.ts';

const person = (id: string, name: string) => namedEntry(id, 'person', name);

describe('Spanish and French person names', () => {
  it('[NAME-1] folds accents, drops particles and turns a register order round', () => {
    expect(personWords('Juan Carlos Pérez García')).toEqual(['JUAN', 'CARLOS', 'PEREZ', 'GARCIA']);
    expect(personWords('PEREZ GARCIA, Juan Carlos')).toEqual(['JUAN', 'CARLOS', 'PEREZ', 'GARCIA']);
    expect(personWords('María de la Luz Sánchez y Ortiz')).toEqual(['MARIA', 'LUZ', 'SANCHEZ', 'ORTIZ']);
    expect(personWords("Jean-Luc d'Arcy du Pont des Champs")).toEqual(['JEAN', 'LUC', 'ARCY', 'PONT', 'CHAMPS']);
    expect(personWords('Pieter van Dijk')).toEqual(['PIETER', 'DIJK']);
    expect(personWords('J. C. Pérez')).toEqual(['J', 'C', 'PEREZ']);
    // A name that is only particles keeps them (a person called "De La" is still somebody).
    expect(personWords('De La')).toEqual(['DE', 'LA']);
  });

  it('[NAME-2] matches a person written with one surname, surnames first, or initials', () => {
    const full = personWords('Juan Carlos Pérez García');
    expect(personNamesMatch(personWords('Juan Perez'), full)).toBe('words');
    expect(personNamesMatch(personWords('PEREZ GARCIA, Juan Carlos'), full)).toBe('words');
    expect(personNamesMatch(personWords('J. C. Pérez'), full)).toBe('initials');
    expect(personNamesMatch(full, personWords('Juan Pérez'))).toBe('words');
    expect(personNamesMatch(personWords('Marie-Claire Le Gall'), personWords('GALL, Marie Claire'))).toBe('words');
  });

  it('[NAME-2] keeps apart other persons who share a surname or a given name', () => {
    const full = personWords('Juan Carlos Pérez García');
    for (const other of ['José Pérez', 'Juan Álvarez', 'Carlos Pérez', 'Juan', 'Juan P.', 'Juan García Pérez López'])
      expect(personNamesMatch(personWords(other), full), other).toBeNull();
    // Middle names that differ are different persons.
    expect(personNamesMatch(personWords('Juan Antonio Pérez'), full)).toBeNull();
  });

  it('[NAME-2] the watchlist finds the listed person under every form, and nobody else', () => {
    const index = new WatchlistIndex();
    index.upsert(person('juan', 'Juan Carlos Pérez García'));
    index.upsert(person('jose', 'José Álvarez Montoya'));
    index.upsert(person('marie', 'Marie-Claire Le Gall'));
    const ids = (name: string) => index.matchParty(name, 'person', 0).map((h) => h.entry.id);
    expect(ids('Juan Perez')).toEqual(['juan']);
    expect(ids('PEREZ GARCIA, Juan Carlos')).toEqual(['juan']);
    expect(ids('J. C. Pérez')).toEqual(['juan']);
    expect(ids('GALL, Marie-Claire')).toEqual(['marie']);
    expect(ids('Juan Alvarez')).toEqual([]);
    expect(ids('Carlos Garcia')).toEqual([]);
    const [initials] = index.matchParty('J. C. Pérez', 'person', 0);
    expect(initials?.matches).toEqual([
      { field: 'person', value: 'J. C. Pérez', entryValue: 'Juan Carlos Pérez García', how: 'fuzzy', score: 0.92 },
    ]);
    expect(index.matchParty('Juan Perez', 'person', 0)[0]?.matches[0]).toMatchObject({ how: 'normalised', score: 1 });
    // Organisation fields are not read as person names.
    expect(index.matchParty('Juan Perez', 'organisation', 0)).toEqual([]);
  });

  it('[NAME-2] an entry edited or removed is no longer found by its old words', () => {
    const index = new WatchlistIndex();
    index.upsert(person('p', 'Juan Carlos Pérez García'));
    index.upsert(person('p', 'Ana Morales'));
    expect(index.matchParty('Juan Perez', 'person', 0)).toEqual([]);
    expect(index.matchParty('Ana Maria Morales', 'person', 0).map((h) => h.entry.id)).toEqual(['p']);
    index.remove('p');
    expect(index.matchParty('Ana Maria Morales', 'person', 0)).toEqual([]);
  });
});
