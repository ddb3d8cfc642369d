import { describe, expect, it } from 'vitest';
import { HitDeduper } from './hit-deduper.ts';
import { normaliseName } from './normalise.ts';
import { jaroWinkler } from './similarity.ts';
import { WatchlistIndex, type IndexEntry } from './watchlist-index.ts';

const GREEN = { ownerAgency: 'JCA', tlp: 'GREEN' as const, recipients: [], sharingGroups: [] };
let n = 0;
const entry = (e: Partial<IndexEntry> & Pick<IndexEntry, 'kind'>): IndexEntry => ({
  id: `e${++n}`,
  watchlistId: 'w1',
  mmsi: null,
  imo: null,
  callSign: null,
  containerNumber: null,
  name: null,
  expiresAt: null,
  releasability: GREEN,
  ...e,
});

describe('name normalisation', () => {
  it('drops case, accents, punctuation and trailing legal forms', () => {
    expect(normaliseName('Acme Trading Co., Ltd.')).toBe('ACME TRADING');
    expect(normaliseName('ACME TRADING LLC')).toBe('ACME TRADING');
    expect(normaliseName('Importadora Caribeña, S.A. de C.V.')).toBe('IMPORTADORA CARIBENA');
    expect(normaliseName('The Kingston Wharf Corp')).toBe('KINGSTON WHARF');
    expect(normaliseName('M/V Sea Star', 'vessel')).toBe('SEA STAR');
    // A legal word inside a name stays.
    expect(normaliseName('Co-operative Traders Inc')).toBe('CO OPERATIVE TRADERS');
  });

  it('computes Jaro-Winkler as published (MARTHA/MARHTA 0.961)', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('ABC', 'ABC')).toBe(1);
    expect(jaroWinkler('ABC', 'XYZ')).toBe(0);
  });
});

describe('watchlist index', () => {
  const index = new WatchlistIndex();
  const vessel = entry({ kind: 'vessel', mmsi: '339123456', imo: '9074729', name: 'SEA STAR', callSign: '6YAB1' });
  const acme = entry({ kind: 'organisation', name: 'Acme Trading Co., Ltd.' });
  const person = entry({ kind: 'person', name: 'José Álvarez Montoya' });
  const box = entry({ kind: 'container', containerNumber: 'CSQU3054383' });
  const expired = entry({ kind: 'vessel', mmsi: '351000001', expiresAt: 1000 });
  for (const e of [vessel, acme, person, box, expired]) index.upsert(e);

  it('matches exact identifiers', () => {
    const [hit] = index.matchVessel({ mmsi: '339123456' }, 0);
    expect(hit?.entry.id).toBe(vessel.id);
    expect(hit?.matches).toEqual([
      { field: 'mmsi', value: '339123456', entryValue: '339123456', how: 'exact', score: 1 },
    ]);
    expect(index.matchVessel({ imo: '9074729', callSign: '6yab1' }, 0)[0]?.matches.map((m) => m.field)).toEqual([
      'imo',
      'call_sign',
    ]);
    expect(index.matchContainer('CSQU 305438-3', 0)[0]?.entry.id).toBe(box.id);
  });

  it('fuzzy true pairs match above the threshold', () => {
    const trueParties = ['ACME TRADING LLC', 'Acme Tradng Ltd', 'acme trading company', 'Trading Acme Inc'];
    for (const name of trueParties)
      expect(
        index.matchParty(name, 'organisation', 0).map((h) => h.entry.id),
        name,
      ).toEqual([acme.id]);
    expect(index.matchParty('Jose Alvarez Montoya', 'person', 0)[0]?.matches[0]?.how).toBe('normalised');
    expect(index.matchParty('Jose Alvares Montoya', 'person', 0)[0]?.matches[0]?.how).toBe('fuzzy');
    expect(index.matchVessel({ name: 'M/V SEA STARR' }, 0)[0]?.entry.id).toBe(vessel.id);
  });

  it('fuzzy false pairs do not match', () => {
    for (const name of ['ACME LOGISTICS', 'APEX TRADING', 'Caribbean Freight Ltd', 'ACE'])
      expect(index.matchParty(name, 'organisation', 0), name).toEqual([]);
    expect(index.matchParty('Juan Alvarez', 'person', 0)).toEqual([]);
    expect(index.matchVessel({ name: 'SEA QUEEN' }, 0)).toEqual([]);
    expect(index.matchVessel({ name: 'STAR OF THE SEA' }, 0)).toEqual([]);
    // Sister ships differ by their numeral only.
    const sisters = new WatchlistIndex();
    sisters.upsert(entry({ kind: 'vessel', name: 'CARIB TRADER 2' }));
    expect(sisters.matchVessel({ name: 'CARIB TRADER 3' }, 0)).toEqual([]);
    expect(sisters.matchVessel({ name: 'CARIB TRADR 2' }, 0)).toHaveLength(1);
  });

  it('honours the configurable threshold', () => {
    const strict = new WatchlistIndex({ fuzzyThreshold: 0.99 });
    strict.upsert(acme);
    expect(strict.matchParty('Acme Tradng Ltd', 'organisation', 0)).toEqual([]);
    expect(strict.matchParty('ACME TRADING LLC', 'organisation', 0)).toHaveLength(1);
  });

  it('skips expired and removed entries', () => {
    expect(index.matchVessel({ mmsi: '351000001' }, 999)).toHaveLength(1);
    expect(index.matchVessel({ mmsi: '351000001' }, 1000)).toHaveLength(0);
    const other = new WatchlistIndex();
    other.upsert(vessel);
    other.remove(vessel.id);
    expect(other.matchVessel({ mmsi: '339123456', name: 'SEA STAR' }, 0)).toEqual([]);
    expect(other.size).toBe(0);
  });
});

describe('hit deduper', () => {
  it('lets one hit per subject and entry through per window', () => {
    const d = new HitDeduper(1000);
    expect(d.admit('vessel:1', 'e1', 0)).toBe(true);
    expect(d.admit('vessel:1', 'e1', 999)).toBe(false);
    expect(d.admit('vessel:1', 'e2', 999)).toBe(true);
    expect(d.admit('vessel:1', 'e1', 1000)).toBe(true);
  });
});
