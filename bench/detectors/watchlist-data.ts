/**
 * The detectors benchmark's watchlist and identity checks (issue 5, issue 13 finding 12): entries shaped like a
 * real list (vessels with common first words, containers, firms with trade words and legal forms, persons),
 * and the names an identity check asks about. Apart from the benchmark so the probe scripts use the same data.
 */
import type { IndexEntry } from '@tidewatch/domain';
import { createRng } from '@tidewatch/simulator';

export const T0 = Date.UTC(2026, 10, 29);
const rng = createRng('detectors-bench-watchlist');

const FIRST = [
  'SEA',
  'OCEAN',
  'CARIB',
  'STAR',
  'ISLAND',
  'CORAL',
  'BLUE',
  'SUN',
  'NORTH',
  'GULF',
  'ROYAL',
  'GOLDEN',
  'SILVER',
  'MARINE',
  'ATLANTIC',
  'PACIFIC',
];
const SECOND = [
  'TRADER',
  'PEARL',
  'QUEEN',
  'SPIRIT',
  'STAR',
  'WIND',
  'DAWN',
  'EXPRESS',
  'VOYAGER',
  'PRIDE',
  'LINK',
  'HARMONY',
  'BREEZE',
  'CARRIER',
];
const FIRM = [
  'ACME',
  'KINGSTON',
  'CARIBBEAN',
  'ATLAS',
  'UNITED',
  'GLOBAL',
  'ISLAND',
  'PREMIER',
  'TROPICAL',
  'METRO',
  'ALLIED',
  'CONTINENTAL',
  'PACIFIC',
  'SUNRISE',
  'HARBOUR',
];
const TRADE = [
  'TRADING',
  'FREIGHT',
  'LOGISTICS',
  'IMPORTS',
  'EXPORTS',
  'SHIPPING',
  'FOODS',
  'MOTORS',
  'SUPPLIES',
  'HOLDINGS',
  'DISTRIBUTORS',
];
const FORM = ['LTD', 'LLC', 'INC', 'S.A.', 'CO.', 'CORP', ''];
const GIVEN = [
  'JOSE',
  'MARIA',
  'DWAYNE',
  'KEISHA',
  'JUAN',
  'ANDRE',
  'CARLOS',
  'SHANTEL',
  'PETER',
  'MARLON',
  'ANA',
  'RICARDO',
];
const FAMILY = [
  'BROWN',
  'ALVAREZ',
  'CAMPBELL',
  'WILLIAMS',
  'RODRIGUEZ',
  'SMITH',
  'GONZALEZ',
  'JOHNSON',
  'MORALES',
  'THOMPSON',
  'REID',
  'PEREZ',
];

// Syllables for made-up words, so 100,000 names are as varied as a real watchlist (not 200 forms with numbers).
const SYLLABLES = [...'bcdfghjklmnprstvwyz'].flatMap((c) =>
  [...'aeiou'].flatMap((v) => ['', 'n', 'r', 'l', 's', 'x', 'm', 't'].map((coda) => `${c}${v}${coda}`)),
);
const word = (): string =>
  Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES))
    .join('')
    .toUpperCase();

/** A person as the list holds them: a given name, a made-up middle word, a family name. */
export const personName = (): string => `${rng.pick(GIVEN)} ${word()} ${rng.pick(FAMILY)}`;

/** A vessel name as the lists and AIS carry them: a common first word or a made-up one, then a made-up word. */
export const vesselName = (): string => `${rng.chance(0.5) ? rng.pick(FIRST) : word()} ${word()}`;

const GREEN = { ownerAgency: 'JCA', tlp: 'GREEN' as const, recipients: [], sharingGroups: [] };
export const mmsiOf = (i: number): number => 300_000_000 + i * 7;

export function entries(n: number): IndexEntry[] {
  const out: IndexEntry[] = [];
  for (let i = 0; i < n; i++) {
    const r = i % 10;
    const base = {
      id: `e${i}`,
      watchlistId: `w${i % 50}`,
      mmsi: null,
      imo: null,
      callSign: null,
      containerNumber: null,
      name: null,
      expiresAt: null,
      releasability: GREEN,
    };
    if (r < 4)
      out.push({
        ...base,
        kind: 'vessel',
        mmsi: String(mmsiOf(1_000_000 + i)),
        name: vesselName(),
      });
    else if (r < 6) out.push({ ...base, kind: 'container', containerNumber: `TGHU${String(i).padStart(7, '0')}` });
    else if (r < 9)
      out.push({
        ...base,
        kind: 'organisation',
        name: `${rng.chance(0.3) ? rng.pick(FIRM) : word()} ${word()} ${rng.pick(TRADE)} ${rng.pick(FORM)}`,
      });
    else out.push({ ...base, kind: 'person', name: personName() });
  }
  return out;
}

export const checkName = (k: number): string =>
  `${k % 2 === 0 ? (FIRST[k % FIRST.length] ?? '') : word()} ${SECOND[(k * 7) % SECOND.length] ?? ''}`;
export const partyName = (k: number): string => `${word()} ${TRADE[k % TRADE.length] ?? ''} LTD`;
