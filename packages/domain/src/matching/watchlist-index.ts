import type { WatchlistEntryKind, WatchlistMatch } from '@tidewatch/contracts';
import type { Releasable } from '../releasability/policy.ts';
import { addToSetMap, removeFromSetMap } from '../set-map.ts';
import { normaliseCode, normaliseName, type NameKind } from './normalise.ts';
import { personNamesMatch, personWords } from './person-names.ts';
import { jaroWinkler, sortedTokens } from './similarity.ts';

/** One watchlist entry as the matcher holds it, with its list's releasability (entries inherit it). */
export interface IndexEntry {
  id: string;
  watchlistId: string;
  kind: WatchlistEntryKind;
  mmsi: string | null;
  imo: string | null;
  callSign: string | null;
  containerNumber: string | null;
  name: string | null;
  /** Epoch ms after which the entry no longer matches; null for never. */
  expiresAt: number | null;
  releasability: Releasable;
  /** Name of the list, for hit titles. */
  watchlistName?: string;
}

export interface EntryMatch {
  entry: IndexEntry;
  matches: WatchlistMatch[];
}

export interface MatchOptions {
  /**
   * Jaro-Winkler similarity (of the names or of their words sorted) at or above which two different normalised
   * names match. Default 0.92. Fixed for the life of an index: its candidate keys are cut for it.
   */
  fuzzyThreshold: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = { fuzzyThreshold: 0.92 };

type NameGroup = 'vessel' | 'party';

/*
 * INT-6: why the candidate filter below never drops a name a full comparison would match.
 *
 * jaroWinkler(a, b) with m matched characters, t half-transpositions counted as in similarity.ts and common
 * prefix P <= 4 is JW = 1 - (1 - jaro)(1 - 0.1 P), with jaro = (m/|a| + m/|b| + (m - t/2)/m) / 3. JW grows
 * with jaro, so JW >= T needs jaro >= J(P) = 1 - (1 - T) / (1 - 0.1 P), and since (m - t/2)/m <= 1:
 *     m/|a| + m/|b| >= K(P) = 3 J(P) - 1.
 * Each matched pair is one equal character of each side, so m <= C, the overlap of the two character
 * multisets (sum over characters of the smaller count). So a pair reaching T has
 *     C >= need = ceil(K(P) |a| |b| / (|a| + |b|)),  and  D = |a| + |b| - 2 C <= |a| + |b| - 2 need,
 * where D, the sum over characters of the count differences, is at least the number of characters whose
 * counts differ. The token-sorted form has the same multiset and lengths, so the same holds for it with its
 * own prefix; a name matches when either form reaches T, and both forms are indexed and probed.
 *
 * The index splits pairs by P (of the form that reaches T) into three cases, each with the weakest K of its
 * range: P = 0 (K(0)), P in 1..3 (K(3), first character shared), P = 4 (K(4), first 4 characters shared).
 * Within a case and for an entry length |b|, G(|b|) = 1 + the largest D over every query length |a| that
 * can still reach T. The symbols are dealt into G groups; fewer than G symbols differ, so (pigeonhole) in
 * at least one group the two names have exactly the same counts. Each entry is filed under one key per
 * group: (case, its first characters for the case, |b|, G, group, its counts in the group); a query probes
 * the same keys for every feasible |b|, and every pair reaching T shares at least one (keys are 32-bit
 * hashes: a collision only adds a candidate). Candidates are checked against the bound with their own C and
 * prefix, then scored exactly, so the answer is exactly the full comparison's. Where G would exceed MAX_GROUPS (low
 * thresholds, long names: for T <= 0.8 the P = 4 case bounds no length) the entry is filed under
 * (case, first characters, |b|) alone and the query reads all of that bucket: still exact, less selective.
 *
 * A key alone is weak (one group in G equal: at 100,000 entries a vessel check scored about 6,300 candidates,
 * 25 of which pass the bound). Each posting therefore carries the entry's symbol masks (present, repeated;
 * see symbolMask), and a posting whose masks give a count difference above D (of this case and pair of
 * lengths) is skipped while the list is read: only pairs that cannot reach T are dropped. On the detectors
 * benchmark's list that leaves about 27 candidates per vessel check, and 107 instead of 2,155 per person check.
 */
const SYMBOLS = 40;
const MAX_GROUPS = 10;
const BUCKET = -1;
/** Characters as symbols: letters, space, digits, and three shared symbols for anything else (merging characters only makes C larger, so the bound holds). */
function symbolOf(code: number): number {
  if (code >= 65 && code <= 90) return code - 65;
  if (code === 32) return 26;
  if (code >= 48 && code <= 57) return 27 + code - 48;
  return 37 + (code % 3);
}
/**
 * Rough share (per mille) of each symbol in names. The groups are filled greedily from these, heaviest first
 * into the lightest group, so every group carries a similar share and few names leave a group empty (a key
 * over an empty group is shared by every name without those letters). Any split is sound; this one is selective.
 */
const WEIGHT: Record<string, number> = {
  A: 95,
  E: 90,
  ' ': 80,
  O: 70,
  I: 70,
  R: 65,
  N: 65,
  S: 60,
  T: 60,
  L: 45,
  C: 35,
  D: 35,
  M: 30,
  U: 30,
  H: 25,
  G: 22,
  P: 20,
  B: 20,
  K: 15,
  Y: 15,
  F: 12,
  W: 10,
  V: 10,
  J: 5,
  Z: 5,
  X: 3,
  Q: 2,
};
const BY_WEIGHT: number[] = Array.from({ length: SYMBOLS }, (_, s) => s).sort(
  (x, y) => weightOf(y) - weightOf(x) || x - y,
);
function weightOf(s: number): number {
  const c = s < 26 ? String.fromCharCode(65 + s) : s === 26 ? ' ' : '';
  return WEIGHT[c] ?? 3;
}
const assignments = new Map<number, Uint8Array>();
function groupOfSymbol(groups: number): Uint8Array {
  let out = assignments.get(groups);
  if (out) return out;
  out = new Uint8Array(SYMBOLS);
  const load = new Array<number>(groups).fill(0);
  for (const s of BY_WEIGHT) {
    let g = 0;
    for (let i = 1; i < groups; i++) if ((load[i] ?? 0) < (load[g] ?? 0)) g = i;
    out[s] = g;
    load[g] = (load[g] ?? 0) + weightOf(s);
  }
  assignments.set(groups, out);
  return out;
}

/** A name's character multiset: its distinct symbols, ascending, with their counts. */
interface Bag {
  symbols: Uint8Array;
  counts: Uint16Array;
}

function bagOf(key: string): Bag {
  const counts = new Uint16Array(SYMBOLS);
  for (let i = 0; i < key.length; i++) {
    const s = symbolOf(key.charCodeAt(i));
    counts[s] = (counts[s] ?? 0) + 1;
  }
  const symbols: number[] = [];
  const present: number[] = [];
  for (let s = 0; s < SYMBOLS; s++) {
    const n = counts[s] ?? 0;
    if (n > 0) {
      symbols.push(s);
      present.push(n);
    }
  }
  return { symbols: Uint8Array.from(symbols), counts: Uint16Array.from(present) };
}

/**
 * The symbols a name holds at least `times` times, one bit each: letters, space, and one bit shared by every
 * digit or other character. A symbol differs in D by at least the number of its bits (present, repeated) that
 * differ, so popcount(present XOR) + popcount(repeated XOR) is a lower bound on D (the shared bit only lowers
 * it). Filed beside every posting, the two masks reject most candidates of a key while the list is read.
 */
function symbolMask(bag: Bag, times: number): number {
  let mask = 0;
  for (let i = 0; i < bag.symbols.length; i++)
    if ((bag.counts[i] ?? 0) >= times) mask |= 1 << Math.min(bag.symbols[i] ?? 0, 27);
  return mask;
}

interface SymbolMasks {
  present: number;
  repeated: number;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

function mix(h: number, v: number): number {
  const x = Math.imul(h ^ v, 0x9e3779b1);
  return (x ^ (x >>> 15)) >>> 0;
}

function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return h;
}

/** Per group, a hash of the name's counts in that group (the part of a key that does not depend on the case). */
function groupHashes(bag: Bag, groups: number): Uint32Array {
  const out = new Uint32Array(groups);
  const groupOf = groupOfSymbol(groups);
  for (let i = 0; i < bag.symbols.length; i++) {
    const s = bag.symbols[i] ?? 0;
    const g = groupOf[s] ?? 0;
    out[g] = mix(out[g] ?? 0, (s << 16) | (bag.counts[i] ?? 0));
  }
  return out;
}

interface Case {
  /** Leading characters both names share in this case (the probe key). */
  probe: number;
  /** K of the case: m/|a| + m/|b| must reach it. */
  k: number;
}

/** K(P) = 3 J(P) - 1 with J(P) = 1 - (1 - T) / (1 - 0.1 P); a hair lower so float rounding never drops a pair. */
const kFor = (threshold: number, prefix: number): number => 3 * (1 - (1 - threshold) / (1 - 0.1 * prefix)) - 1 - 1e-9;

/** The least multiset overlap a pair of these lengths needs in a case (at least its shared leading characters, and one). */
const need = (c: Case, la: number, lb: number): number => Math.max(1, c.probe, Math.ceil((c.k * la * lb) / (la + lb)));

/**
 * Names of one group (vessel names; organisation and person names), filed under the pigeonhole keys described
 * above, so a query reads only entries that share a key and scores those exactly.
 */
class NameIndex {
  readonly exact = new Map<string, Set<number>>();
  private readonly postings = new Map<number, number[]>();
  readonly keys: string[] = [];
  readonly sorted: string[] = [];
  /** Every slot's symbol counts (SYMBOLS per slot) and name length, packed so a candidate's bound reads one line. */
  private counts = new Uint16Array(1024 * SYMBOLS);
  private lengths = new Int32Array(1024);
  /** The numerals of each name: sister ships (SEA STAR 2, SEA STAR 3) are different vessels. */
  readonly numerals: string[] = [];
  private readonly cases: Case[];
  /** Per case and entry length: number of groups, BUCKET, or 0 when no name of that length can match any. */
  private readonly groupTable: number[][];
  private maxLength = 0;
  private stamps = new Uint32Array(1024);
  private generation = 0;

  constructor(private readonly threshold: number) {
    this.cases = [
      { probe: 0, k: kFor(threshold, 0) },
      { probe: 1, k: kFor(threshold, 3) },
      { probe: 4, k: kFor(threshold, 4) },
    ];
    this.groupTable = this.cases.map(() => []);
  }

  add(slot: number, key: string): void {
    this.keys[slot] = key;
    const sorted = sortedTokens(key);
    this.sorted[slot] = sorted;
    this.numerals[slot] = numeralsOf(key);
    addToSetMap(this.exact, key, slot);
    const bag = bagOf(key);
    this.store(slot, bag, key.length);
    const present = symbolMask(bag, 1);
    const repeated = symbolMask(bag, 2);
    const lb = key.length;
    this.maxLength = Math.max(this.maxLength, lb);
    const hashes = new Map<number, Uint32Array>();
    this.cases.forEach((c, ci) => {
      if (lb < c.probe) return;
      const groups = this.groups(ci, lb);
      if (groups === 0) return;
      for (const prefix of prefixes(key, sorted, c.probe)) {
        const seed = mix(mix(mix(ci + 1, lb), groups), prefix);
        if (groups === BUCKET) {
          this.post(seed, slot, present, repeated);
          continue;
        }
        let own = hashes.get(groups);
        if (!own) {
          own = groupHashes(bag, groups);
          hashes.set(groups, own);
        }
        for (let g = 0; g < groups; g++) this.post(mix(mix(seed, g), own[g] ?? 0), slot, present, repeated);
      }
    });
  }

  private store(slot: number, bag: Bag, length: number): void {
    if (slot >= this.lengths.length) {
      let size = this.lengths.length;
      while (size <= slot) size *= 2;
      const lengths = new Int32Array(size);
      lengths.set(this.lengths);
      this.lengths = lengths;
      const counts = new Uint16Array(size * SYMBOLS);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.lengths[slot] = length;
    for (let i = 0; i < bag.symbols.length; i++)
      this.counts[slot * SYMBOLS + (bag.symbols[i] ?? 0)] = bag.counts[i] ?? 0;
  }

  /** Postings are flat triples (slot, present mask, repeated mask), read in order by collect. */
  private post(key: number, slot: number, present: number, repeated: number): void {
    const list = this.postings.get(key);
    if (!list) this.postings.set(key, [slot, present, repeated]);
    else if (list[list.length - 3] !== slot) list.push(slot, present, repeated);
  }

  remove(slot: number): void {
    const key = this.keys[slot];
    if (key === undefined) return;
    removeFromSetMap(this.exact, key, slot);
    // Posting lists keep the dead slot; lookups skip slots whose entry is gone (cheaper than splicing).
  }

  /**
   * The groups of case `ci` for entries of length `lb`: 1 + the largest count difference D of any pair with a
   * query length that can reach the threshold; BUCKET when that exceeds MAX_GROUPS; 0 when no length can.
   */
  private groups(ci: number, lb: number): number {
    const table = this.groupTable[ci] ?? [];
    const cached = table[lb];
    if (cached !== undefined) return cached;
    const c = this.cases[ci] ?? { probe: 0, k: 0 };
    let worst = -1;
    if (c.k <= 1) worst = Infinity;
    else {
      // need <= |b| requires |a| (K - 1) <= |b|.
      const maxLa = Math.floor(lb / (c.k - 1)) + 2;
      for (let la = Math.max(1, c.probe); la <= maxLa; la++) {
        const n = need(c, la, lb);
        if (n <= Math.min(la, lb)) worst = Math.max(worst, la + lb - 2 * n);
      }
    }
    const groups = worst < 0 ? 0 : worst + 1 > MAX_GROUPS ? BUCKET : worst + 1;
    table[lb] = groups;
    return groups;
  }

  /** Slots whose name the full comparison matches with `key`, with the score (exactly those). */
  search(key: string, live: (slot: number) => boolean): { slot: number; score: number; exact: boolean }[] {
    const out: { slot: number; score: number; exact: boolean }[] = [];
    const exact = this.exact.get(key);
    if (exact) for (const slot of exact) if (live(slot)) out.push({ slot, score: 1, exact: true });
    const la = key.length;
    const qs = sortedTokens(key);
    const bag = bagOf(key);
    const masks = { present: symbolMask(bag, 1), repeated: symbolMask(bag, 2) };
    this.ensure(this.keys.length);
    const gen = ++this.generation;
    const candidates: number[] = [];
    const hashes = new Map<number, Uint32Array>();
    this.cases.forEach((c, ci) => {
      if (la < c.probe) return;
      const seeds = prefixes(key, qs, c.probe);
      // need <= |a| requires |b| >= |a| (K - 1); need <= |b| requires |b| >= ... (both checked per length).
      const from = Math.max(1, c.probe, c.k > 1 ? Math.floor(la * (c.k - 1)) - 1 : 1);
      const to = Math.min(this.maxLength, c.k > 1 ? Math.ceil(la / (c.k - 1)) + 1 : this.maxLength);
      for (let lb = from; lb <= to; lb++) {
        const n = need(c, la, lb);
        if (n > Math.min(la, lb)) continue;
        const groups = this.groups(ci, lb);
        if (groups === 0) continue;
        let own: Uint32Array | undefined;
        if (groups !== BUCKET) {
          own = hashes.get(groups);
          if (!own) {
            own = groupHashes(bag, groups);
            hashes.set(groups, own);
          }
        }
        // Symbols whose counts may differ in a pair of these lengths reaching the threshold in this case.
        const d = la + lb - 2 * n;
        for (const prefix of seeds) {
          const seed = mix(mix(mix(ci + 1, lb), groups), prefix);
          if (!own) this.collect(seed, masks, d, gen, candidates);
          else for (let g = 0; g < groups; g++) this.collect(mix(mix(seed, g), own[g] ?? 0), masks, d, gen, candidates);
        }
      }
    });
    const qNumerals = numeralsOf(key);
    const floor = this.threshold - 1e-9;
    for (const slot of candidates) {
      // The bound of the proof with this pair's own overlap: first at the largest prefix (no strings read),
      // then per form with its prefix. A form it rules out scores below the threshold, so skipping its
      // Jaro-Winkler leaves the maximum of a match unchanged.
      const lb = this.lengths[slot] ?? 0;
      let c = 0;
      const base = slot * SYMBOLS;
      for (let i = 0; i < bag.symbols.length; i++)
        c += Math.min(bag.counts[i] ?? 0, this.counts[base + (bag.symbols[i] ?? 0)] ?? 0);
      // Counts past 65,535 saturate (and would understate the overlap): such names skip the bound.
      const jaroMax = la > 65_535 || lb > 65_535 ? 1 : (c / la + c / lb + 1) / 3;
      if (1 - (1 - jaroMax) * 0.6 < floor) continue;
      const other = this.keys[slot];
      if (other === undefined || other === key || !live(slot) || this.numerals[slot] !== qNumerals) continue;
      const theirSorted = this.sorted[slot] ?? '';
      const plain = 1 - (1 - jaroMax) * (1 - 0.1 * commonPrefix(key, other)) >= floor;
      const tokens = 1 - (1 - jaroMax) * (1 - 0.1 * commonPrefix(qs, theirSorted)) >= floor;
      if (!plain && !tokens) continue;
      const score = Math.max(plain ? jaroWinkler(key, other) : 0, tokens ? jaroWinkler(qs, theirSorted) : 0);
      if (score >= this.threshold) out.push({ slot, score: Math.round(score * 1000) / 1000, exact: false });
    }
    return out;
  }

  /** The slots under `key` whose masks allow a count difference of at most `d` with the query's, once each. */
  private collect(key: number, masks: SymbolMasks, d: number, gen: number, candidates: number[]): void {
    const list = this.postings.get(key);
    if (!list) return;
    for (let j = 0; j < list.length; j += 3) {
      if (popcount(masks.present ^ (list[j + 1] ?? 0)) + popcount(masks.repeated ^ (list[j + 2] ?? 0)) > d) continue;
      const slot = list[j] ?? 0;
      if (this.stamps[slot] === gen) continue;
      this.stamps[slot] = gen;
      candidates.push(slot);
    }
  }

  private ensure(n: number): void {
    if (n <= this.stamps.length) return;
    let size = this.stamps.length;
    while (size < n) size *= 2;
    // Fresh stamps are all 0 and the generation only grows, so nothing stale survives the resize.
    this.stamps = new Uint32Array(size);
  }
}

/** Jaro-Winkler's prefix: leading characters in common, at most 4. */
function commonPrefix(a: string, b: string): number {
  let p = 0;
  while (p < 4 && p < a.length && p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Hashes of the distinct leading `n` characters of a name and of its token-sorted form. */
function prefixes(key: string, sorted: string, n: number): number[] {
  const a = hashText(key.slice(0, n));
  if (n === 0) return [a];
  const b = hashText(sorted.slice(0, n));
  return a === b ? [a] : [a, b];
}

const numeralsOf = (key: string): string => key.replace(/\D+/g, ' ').trim();

/**
 * Every live watchlist entry indexed for matching at AIS rates: maps by MMSI, IMO, call sign and container
 * number for exact identifiers, and per name group an exact map of normalised names plus a multiset index that
 * proposes every fuzzy candidate a full comparison could match (INT-6), scored with Jaro-Winkler.
 */
export class WatchlistIndex {
  readonly options: Readonly<MatchOptions>;
  private readonly slots: (IndexEntry | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly byMmsi = new Map<string, Set<number>>();
  private readonly byImo = new Map<string, Set<number>>();
  private readonly byCallSign = new Map<string, Set<number>>();
  private readonly byContainer = new Map<string, Set<number>>();
  private readonly names: Record<NameGroup, NameIndex>;
  /**
   * Person entries' words (NAME-1), and the probes for NAME-2 keyed by the first word's initial and a word:
   * every word after the first (a check with no more words than the entry ends on one of them), and the last
   * word (an entry with fewer words ends on one of the check's).
   */
  private readonly personWordsOf = new Map<number, string[]>();
  private readonly personsByWord = new Map<string, Set<number>>();
  private readonly personsByLast = new Map<string, Set<number>>();
  private live = 0;

  constructor(options: Partial<MatchOptions> = {}) {
    this.options = { ...DEFAULT_MATCH_OPTIONS, ...options };
    this.names = {
      vessel: new NameIndex(this.options.fuzzyThreshold),
      party: new NameIndex(this.options.fuzzyThreshold),
    };
  }

  get size(): number {
    return this.live;
  }

  upsert(entry: IndexEntry): void {
    this.remove(entry.id);
    const slot = this.slots.length;
    this.slots.push(entry);
    this.slotOf.set(entry.id, slot);
    this.live++;
    if (entry.mmsi) addToSetMap(this.byMmsi, entry.mmsi, slot);
    if (entry.imo) addToSetMap(this.byImo, entry.imo, slot);
    if (entry.callSign) addToSetMap(this.byCallSign, normaliseCode(entry.callSign), slot);
    if (entry.containerNumber) addToSetMap(this.byContainer, normaliseCode(entry.containerNumber), slot);
    if (entry.name) {
      const key = normaliseName(entry.name, nameKind(entry.kind));
      if (key) this.names[groupOf(entry.kind)].add(slot, key);
      if (entry.kind === 'person') this.addPerson(slot, entry.name);
    }
  }

  private addPerson(slot: number, name: string): void {
    const words = personWords(name);
    this.personWordsOf.set(slot, words);
    this.personKeys(words, (map, key) => addToSetMap(map, key, slot));
  }

  /** The NAME-2 probe keys of a person entry's words, with the map each belongs to. */
  private personKeys(words: readonly string[], each: (map: Map<string, Set<number>>, key: string) => void): void {
    const initial = words[0]?.[0];
    const last = words[words.length - 1] ?? '';
    if (initial === undefined || words.length < 2) return;
    for (const word of words.slice(1)) if (word.length > 1) each(this.personsByWord, personKey(initial, word));
    if (last.length > 1) each(this.personsByLast, personKey(initial, last));
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const entry = this.slots[slot];
    this.slotOf.delete(id);
    this.slots[slot] = null;
    if (!entry) return;
    this.live--;
    if (entry.mmsi) removeFromSetMap(this.byMmsi, entry.mmsi, slot);
    if (entry.imo) removeFromSetMap(this.byImo, entry.imo, slot);
    if (entry.callSign) removeFromSetMap(this.byCallSign, normaliseCode(entry.callSign), slot);
    if (entry.containerNumber) removeFromSetMap(this.byContainer, normaliseCode(entry.containerNumber), slot);
    if (entry.name) this.names[groupOf(entry.kind)].remove(slot);
    const words = this.personWordsOf.get(slot);
    if (words) this.personKeys(words, (map, key) => removeFromSetMap(map, key, slot));
    this.personWordsOf.delete(slot);
  }

  /** A vessel's identifiers (an AIS static report, a consignment's carrier, an event subject). */
  matchVessel(
    v: {
      mmsi?: string | null | undefined;
      imo?: string | null | undefined;
      name?: string | null | undefined;
      callSign?: string | null | undefined;
    },
    nowMs: number,
  ): EntryMatch[] {
    const found = new Map<number, WatchlistMatch[]>();
    if (v.mmsi) this.exactIn(this.byMmsi, v.mmsi, 'mmsi', v.mmsi, found);
    if (v.imo) this.exactIn(this.byImo, v.imo, 'imo', v.imo, found);
    if (v.callSign) this.exactIn(this.byCallSign, normaliseCode(v.callSign), 'call_sign', v.callSign, found);
    if (v.name) this.nameIn('vessel', v.name, 'vessel', 'name', found);
    return this.results(found, nowMs, (e) => e.kind === 'vessel');
  }

  matchContainer(containerNumber: string, nowMs: number): EntryMatch[] {
    const found = new Map<number, WatchlistMatch[]>();
    this.exactIn(this.byContainer, normaliseCode(containerNumber), 'container', containerNumber, found);
    return this.results(found, nowMs, (e) => e.kind === 'container');
  }

  /** An organisation or person name (shipper, consignee, notify party, event subject) against both kinds. */
  matchParty(name: string, field: 'organisation' | 'person', nowMs: number): EntryMatch[] {
    const found = new Map<number, WatchlistMatch[]>();
    this.nameIn('party', name, field === 'person' ? 'person' : 'organisation', field, found);
    if (field === 'person') this.personIn(name, found);
    return this.results(found, nowMs, (e) => e.kind === 'organisation' || e.kind === 'person');
  }

  private exactIn(
    map: Map<string, Set<number>>,
    key: string,
    field: WatchlistMatch['field'],
    value: string,
    found: Map<number, WatchlistMatch[]>,
  ): void {
    const slots = map.get(key);
    if (!slots) return;
    for (const slot of slots)
      push(found, slot, { field, value, entryValue: entryValue(this.slots[slot], field), how: 'exact', score: 1 });
  }

  private nameIn(
    group: NameGroup,
    raw: string,
    kind: NameKind,
    field: WatchlistMatch['field'],
    found: Map<number, WatchlistMatch[]>,
  ): void {
    const key = normaliseName(raw, kind);
    if (!key) return;
    for (const hit of this.names[group].search(key, (slot) => this.slots[slot] != null)) {
      const entryName = this.slots[hit.slot]?.name ?? '';
      const how = hit.exact
        ? entryName.trim().toUpperCase() === raw.trim().toUpperCase()
          ? 'exact'
          : 'normalised'
        : 'fuzzy';
      push(found, hit.slot, { field, value: raw, entryValue: entryName, how, score: hit.score });
    }
  }

  /**
   * NAME-2: person entries that name the same person by the structure of Spanish and French names, and that
   * the comparison of whole names did not find. Every such entry starts with the check's initial (its first
   * word is the check's first given name or its initial) and holds, after its first word, the shorter name's
   * last word written out: the check's last word when the check has no more words, else the entry's own last
   * word, one of the check's. Only persons under those keys are read.
   */
  private personIn(raw: string, found: Map<number, WatchlistMatch[]>): void {
    const words = personWords(raw);
    const initial = words[0]?.[0];
    if (initial === undefined || words.length < 2) return;
    const probes = [
      this.personsByWord.get(personKey(initial, words[words.length - 1] ?? '')),
      ...words.slice(1).map((word) => this.personsByLast.get(personKey(initial, word))),
    ];
    const seen = new Set<number>();
    for (const slots of probes) {
      for (const slot of slots ?? []) {
        if (seen.has(slot) || found.has(slot)) continue;
        seen.add(slot);
        const how = personNamesMatch(words, this.personWordsOf.get(slot) ?? []);
        if (!how) continue;
        const entryName = this.slots[slot]?.name ?? '';
        // Initials stand for words unseen: such a match is worth no more than the least fuzzy one.
        const score = how === 'words' ? 1 : Math.round(this.options.fuzzyThreshold * 1000) / 1000;
        push(found, slot, {
          field: 'person',
          value: raw,
          entryValue: entryName,
          how: how === 'words' ? 'normalised' : 'fuzzy',
          score,
        });
      }
    }
  }

  private results(
    found: Map<number, WatchlistMatch[]>,
    nowMs: number,
    kindOk: (e: IndexEntry) => boolean,
  ): EntryMatch[] {
    const out: EntryMatch[] = [];
    for (const [slot, matches] of found) {
      const entry = this.slots[slot];
      if (!entry || !kindOk(entry) || (entry.expiresAt !== null && entry.expiresAt <= nowMs)) continue;
      out.push({ entry, matches });
    }
    return out;
  }
}

/** A NAME-2 probe key: a first word's initial and a later word (words hold no spaces). */
const personKey = (initial: string, word: string): string => `${initial} ${word}`;

function push(found: Map<number, WatchlistMatch[]>, slot: number, match: WatchlistMatch): void {
  const list = found.get(slot);
  if (list) list.push(match);
  else found.set(slot, [match]);
}

function entryValue(entry: IndexEntry | null | undefined, field: WatchlistMatch['field']): string {
  if (!entry) return '';
  switch (field) {
    case 'mmsi':
      return entry.mmsi ?? '';
    case 'imo':
      return entry.imo ?? '';
    case 'call_sign':
      return entry.callSign ?? '';
    case 'container':
      return entry.containerNumber ?? '';
    default:
      return entry.name ?? '';
  }
}

const groupOf = (kind: WatchlistEntryKind): NameGroup =>
  kind === 'vessel' || kind === 'container' ? 'vessel' : 'party';
const nameKind = (kind: WatchlistEntryKind): NameKind =>
  kind === 'vessel' ? 'vessel' : kind === 'person' ? 'person' : kind === 'organisation' ? 'organisation' : 'any';
