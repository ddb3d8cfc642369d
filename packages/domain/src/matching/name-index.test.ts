import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName, type NameKind } from './normalise.ts';
import { personNamesMatch, personWords } from './person-names.ts';
import { jaroWinkler, sortedTokens } from './similarity.ts';
import { namedEntry } from './test-support.ts';
import { WatchlistIndex, type IndexEntry } from './watchlist-index.ts';

const entry = namedEntry;

const numerals = (key: string): string => key.replace(/\D+/g, ' ').trim();

/** The full comparison INT-6 promises the index equals: every entry, scored, no candidate filter. */
function linearScan(entries: IndexEntry[], query: string, kind: NameKind, threshold: number): string[] {
  const q = normaliseName(query, kind);
  if (!q) return [];
  const out: string[] = [];
  for (const e of entries) {
    if (!e.name) continue;
    const key = normaliseName(e.name, e.kind === 'vessel' ? 'vessel' : e.kind === 'person' ? 'person' : 'organisation');
    if (!key) continue;
    if (key === q) {
      out.push(`${e.id}:1`);
      continue;
    }
    if (numerals(key) === numerals(q)) {
      const score = Math.max(jaroWinkler(q, key), jaroWinkler(sortedTokens(q), sortedTokens(key)));
      if (score >= threshold) {
        out.push(`${e.id}:${Math.round(score * 1000) / 1000}`);
        continue;
      }
    }
    // NAME-2: a person checked against a person entry also matches by the structure of the name.
    const how =
      kind === 'person' && e.kind === 'person' ? personNamesMatch(personWords(query), personWords(e.name)) : null;
    if (how) out.push(`${e.id}:${how === 'words' ? 1 : Math.round(threshold * 1000) / 1000}`);
  }
  return out.sort();
}

function indexed(index: WatchlistIndex, query: string, kind: 'vessel' | 'organisation' | 'person'): string[] {
  const hits = kind === 'vessel' ? index.matchVessel({ name: query }, 0) : index.matchParty(query, kind, 0);
  return hits.flatMap((h) => h.matches.map((m) => `${h.entry.id}:${m.score}`)).sort();
}

describe('INT-6 name matching misses nothing a full comparison finds', () => {
  it('[INT-6] finds transposed-letter matches the trigram filter missed', () => {
    expect(jaroWinkler('OCAEN PERAL', 'OCEAN PEARL')).toBeGreaterThan(0.92);
    const index = new WatchlistIndex();
    index.upsert(entry('ocean', 'vessel', 'OCEAN PEARL'));
    index.upsert(entry('carib', 'vessel', 'CARIBBEAN STAR'));
    index.upsert(entry('maria', 'person', 'MARIA GONZALEZ'));
    expect(index.matchVessel({ name: 'OCAEN PERAL' }, 0).map((h) => h.entry.id)).toEqual(['ocean']);
    expect(index.matchVessel({ name: 'CARIBBAEN STRA' }, 0).map((h) => h.entry.id)).toEqual(['carib']);
    expect(index.matchParty('MARAI GONZLAEZ', 'person', 0).map((h) => h.entry.id)).toEqual(['maria']);
    expect(index.matchVessel({ name: 'OCAEN PERAL' }, 0)[0]?.matches[0]).toMatchObject({ how: 'fuzzy', score: 0.952 });
  });

  it('[INT-6] keeps sister ships apart by their numerals', () => {
    const index = new WatchlistIndex();
    index.upsert(entry('s2', 'vessel', 'SEA STAR 2'));
    expect(index.matchVessel({ name: 'SEA STAR 3' }, 0)).toEqual([]);
    expect(index.matchVessel({ name: 'SAE STAR 2' }, 0).map((h) => h.entry.id)).toEqual(['s2']);
  });

  const WORDS = [
    'OCEAN',
    'PEARL',
    'SEA',
    'STAR',
    'CARIBBEAN',
    'MARIA',
    'GONZALEZ',
    'ACME',
    'TRADING',
    'KINGSTON',
    'QUEEN',
    'GOLDEN',
    'DAWN',
    'JOSE',
    'ALVAREZ',
    'AZ',
    'Q',
    'XI',
    'ATLANTIC',
    'EXPRESS',
  ];
  const LEGAL = ['LTD', 'LLC', 'S.A.', 'CO.', 'INC', 'HOLDINGS'];
  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const word = fc.oneof(
    fc.constantFrom(...WORDS),
    fc.array(letter, { minLength: 1, maxLength: 9 }).map((cs) => cs.join('')),
  );
  const name = fc
    .tuple(
      fc.array(word, { minLength: 1, maxLength: 4 }),
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    )
    .map(([ws, n]) => (n === undefined ? ws.join(' ') : `${ws.join(' ')} ${n}`));

  /** One near-miss edit: a transposition, deletion, insertion, substitution, word swap, legal form or numeral. */
  const edit = fc
    .tuple(fc.integer({ min: 0, max: 6 }), fc.nat(), letter, fc.constantFrom(...LEGAL))
    .map(([op, at, c, legal]) => (s: string): string => {
      const i = s.length === 0 ? 0 : at % s.length;
      switch (op) {
        case 0:
          return i + 1 < s.length ? s.slice(0, i) + (s[i + 1] ?? '') + (s[i] ?? '') + s.slice(i + 2) : s;
        case 1:
          return s.length > 1 ? s.slice(0, i) + s.slice(i + 1) : s;
        case 2:
          return s.slice(0, i) + c + s.slice(i);
        case 3:
          return s.slice(0, i) + c + s.slice(i + 1);
        case 4:
          return s.split(' ').reverse().join(' ');
        case 5:
          return `${s} ${legal}`;
        default:
          return `${s} ${at % 4}`;
      }
    });
  const nearMiss = (names: string[]) =>
    fc
      .tuple(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 4 }))
      .map(([k, edits]) => edits.reduce((s, f) => f(s), names[k % names.length] ?? ''));

  it('[INT-6] property: the index answers exactly what a linear scan answers, at every threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('vessel' as const, 'organisation' as const, 'person' as const), name), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.oneof(
          fc.constantFrom(0.5, 0.7, 0.8, 0.85, 0.9, 0.92, 0.95, 0.99, 1),
          fc.double({ min: 0.5, max: 1, noNaN: true }),
        ),
        fc.nat(),
        (list, threshold, seed) => {
          const entries = list.map(([kind, n], i) => entry(`e${i}`, kind, n));
          const index = new WatchlistIndex({ fuzzyThreshold: threshold });
          for (const e of entries) index.upsert(e);
          const queries = fc.sample(fc.oneof(nearMiss(list.map(([, n]) => n)), name), { numRuns: 12, seed });
          for (const query of queries) {
            const vessels = entries.filter((e) => e.kind === 'vessel');
            const parties = entries.filter((e) => e.kind !== 'vessel');
            expect(indexed(index, query, 'vessel'), `vessel ${query} @${threshold}`).toEqual(
              linearScan(vessels, query, 'vessel', threshold),
            );
            expect(indexed(index, query, 'organisation'), `organisation ${query} @${threshold}`).toEqual(
              linearScan(parties, query, 'organisation', threshold),
            );
            expect(indexed(index, query, 'person'), `person ${query} @${threshold}`).toEqual(
              linearScan(parties, query, 'person', threshold),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 runs of a linear reference (now with NAME-2's word comparison) take 6 s on a loaded 2-core machine.
  }, 30_000);
});

describe('INT-6 and NAME-2 through the index, with updates', () => {
  const GIVEN = ['Juan', 'José', 'María', 'Juan Carlos', 'Françoise', 'Jean-Luc', 'Ana', 'Éléonore', 'J.'];
  const SURNAME = ['Pérez', 'García', 'Núñez', 'Lefèvre', 'Dupont', 'González', 'Ibáñez', 'Côté', 'Gonzales'];
  const PARTICLE = ['', 'de ', 'del ', 'de la ', 'y ', 'du ', 'le ', "d'"];
  /** A Spanish or French person as papers write them: given names, particles, one or two surnames, either order. */
  const person = fc
    .tuple(
      fc.constantFrom(...GIVEN),
      fc.constantFrom(...PARTICLE),
      fc.constantFrom(...SURNAME),
      fc.option(fc.tuple(fc.constantFrom(...PARTICLE), fc.constantFrom(...SURNAME)), { nil: undefined }),
      fc.boolean(),
    )
    .map(([given, p1, s1, second, registerOrder]) => {
      const surnames = `${p1}${s1}${second ? ` ${second[0]}${second[1]}` : ''}`;
      return registerOrder ? `${surnames.toUpperCase()}, ${given}` : `${given} ${surnames}`;
    });
  const vessel = fc
    .tuple(
      fc.constantFrom('SEA', 'OCEAN', 'STAR', 'MV SEA', 'ÉTOILE'),
      fc.constantFrom('PEARL', 'QUEEN', 'STAR', 'DAWN'),
    )
    .map(([a, b]) => `${a} ${b}`);
  const named = fc.oneof(
    fc.tuple(fc.constant('person' as const), person),
    fc.tuple(fc.constantFrom('vessel' as const, 'organisation' as const), vessel),
  );
  /** An upsert of entry `id % 30` (new or edited) or its removal. */
  const op = fc.tuple(fc.nat(29), fc.option(named, { nil: undefined, freq: 4 }));

  it('[INT-6] [NAME-2] property: after any adds, edits and deletes the index answers what a linear scan of the live entries answers', () => {
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 1, maxLength: 80 }),
        fc.array(fc.oneof(person, vessel), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(0.8, 0.85, 0.92, 0.95),
        (ops, queries, threshold) => {
          const index = new WatchlistIndex({ fuzzyThreshold: threshold });
          const live = new Map<string, IndexEntry>();
          for (const [id, change] of ops) {
            if (change === undefined) {
              index.remove(`e${id}`);
              live.delete(`e${id}`);
              continue;
            }
            const e = entry(`e${id}`, change[0], change[1]);
            index.upsert(e);
            live.set(e.id, e);
          }
          expect(index.size).toBe(live.size);
          const parties = [...live.values()].filter((e) => e.kind !== 'vessel');
          const vessels = [...live.values()].filter((e) => e.kind === 'vessel');
          // The live entries' own names (and so their NAME-2 variants' words) are checked as well.
          for (const query of [...queries, ...[...live.values()].map((e) => e.name ?? '')]) {
            expect(indexed(index, query, 'person'), `person ${query}`).toEqual(
              linearScan(parties, query, 'person', threshold),
            );
            expect(indexed(index, query, 'vessel'), `vessel ${query}`).toEqual(
              linearScan(vessels, query, 'vessel', threshold),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});
