import type { WatchlistEntryKind, WatchlistMatch } from '@tidewatch/contracts';
import type { Releasable } from '../releasability/policy.ts';
import { addToSetMap, removeFromSetMap } from '../set-map.ts';
import { normaliseCode, normaliseName, type NameKind } from './normalise.ts';
import { jaroWinkler, sortedTokens, trigrams } from './similarity.ts';

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
  /** Jaro-Winkler similarity at or above which two normalised names match. Default 0.92. */
  fuzzyThreshold: number;
  /**
   * Trigram Dice coefficient a candidate needs before Jaro-Winkler is computed. Default 0.7: true pairs at a
   * Jaro-Winkler of 0.92 (a dropped or doubled letter, swapped words, a legal form) share far more trigrams,
   * and the higher the bound, the fewer (rarer) trigrams generate candidates.
   */
  minDice: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = { fuzzyThreshold: 0.92, minDice: 0.7 };

type NameGroup = 'vessel' | 'party';

/**
 * Names of one group (vessel names; organisation and person names) with a trigram index. Candidates come
 * from the rarest query trigrams only (prefix filtering: a name reaching the Dice threshold must share at
 * least one of them), and each candidate's exact overlap is counted on its sorted trigram ids, so a query
 * never walks the long posting lists of common trigrams ("  S", "ING").
 */
class NameIndex {
  readonly exact = new Map<string, Set<number>>();
  private readonly gramIds = new Map<string, number>();
  private readonly postings: number[][] = [];
  readonly keys: string[] = [];
  readonly sorted: string[] = [];
  private readonly slotGrams: Int32Array[] = [];
  /** The numerals of each name: sister ships (SEA STAR 2, SEA STAR 3) are different vessels. */
  readonly numerals: string[] = [];
  private stamps = new Uint32Array(1024);
  private generation = 0;

  add(slot: number, key: string): void {
    this.keys[slot] = key;
    this.sorted[slot] = sortedTokens(key);
    this.numerals[slot] = numeralsOf(key);
    addToSetMap(this.exact, key, slot);
    const ids: number[] = [];
    for (const g of trigrams(key)) {
      let id = this.gramIds.get(g);
      if (id === undefined) {
        id = this.postings.length;
        this.gramIds.set(g, id);
        this.postings.push([]);
      }
      this.postings[id]?.push(slot);
      ids.push(id);
    }
    this.slotGrams[slot] = Int32Array.from(ids.sort((a, b) => a - b));
  }

  remove(slot: number): void {
    const key = this.keys[slot];
    if (key === undefined) return;
    removeFromSetMap(this.exact, key, slot);
    // Posting lists keep the dead slot; lookups skip slots whose entry is gone (cheaper than splicing).
  }

  /** Slots whose name is within `options` of `key`, with the score. */
  search(key: string, options: MatchOptions, live: (slot: number) => boolean): { slot: number; score: number; exact: boolean }[] {
    const out: { slot: number; score: number; exact: boolean }[] = [];
    const exact = this.exact.get(key);
    if (exact) for (const slot of exact) if (live(slot)) out.push({ slot, score: 1, exact: true });
    const grams = trigrams(key);
    const qn = grams.length;
    if (qn < 3) return out;
    const known: number[] = [];
    let unknown = 0;
    for (const g of grams) {
      const id = this.gramIds.get(g);
      if (id === undefined) unknown++;
      else known.push(id);
    }
    // A candidate needs overlap c with 2c / (qn + en) >= d; since c <= en, c >= d * qn / (2 - d).
    const minOverlap = Math.ceil((options.minDice * qn) / (2 - options.minDice));
    const prefix = qn - minOverlap + 1 - unknown;
    if (prefix <= 0) return out;
    const byRarity = [...known].sort((a, b) => (this.postings[a]?.length ?? 0) - (this.postings[b]?.length ?? 0));
    this.ensure(this.keys.length);
    const gen = ++this.generation;
    const candidates: number[] = [];
    for (let i = 0; i < prefix && i < byRarity.length; i++) {
      const list = this.postings[byRarity[i] ?? 0] ?? [];
      for (let j = 0; j < list.length; j++) {
        const slot = list[j] ?? 0;
        if (this.stamps[slot] === gen) continue;
        this.stamps[slot] = gen;
        candidates.push(slot);
      }
    }
    const query = Int32Array.from(known.sort((a, b) => a - b));
    const qs = sortedTokens(key);
    const qNumerals = numeralsOf(key);
    // Dice >= d bounds the other name's trigram count: qn * d / (2 - d) <= en <= qn * (2 - d) / d.
    const minLen = (qn * options.minDice) / (2 - options.minDice);
    const maxLen = (qn * (2 - options.minDice)) / options.minDice;
    for (const slot of candidates) {
      const other = this.keys[slot];
      const theirs = this.slotGrams[slot];
      if (other === undefined || theirs === undefined || theirs.length < minLen || theirs.length > maxLen || other === key || !live(slot)) continue;
      const dice = (2 * overlap(query, theirs)) / (qn + theirs.length);
      if (dice < options.minDice || this.numerals[slot] !== qNumerals) continue;
      const score = Math.max(jaroWinkler(key, other), jaroWinkler(qs, this.sorted[slot] ?? ''));
      if (score >= options.fuzzyThreshold) out.push({ slot, score: Math.round(score * 1000) / 1000, exact: false });
    }
    return out;
  }

  private ensure(n: number): void {
    if (n <= this.stamps.length) return;
    let size = this.stamps.length;
    while (size < n) size *= 2;
    // Fresh stamps are all 0 and the generation only grows, so nothing stale survives the resize.
    this.stamps = new Uint32Array(size);
  }
}

/** Size of the intersection of two sorted id arrays. */
function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

const numeralsOf = (key: string): string => key.replace(/\D+/g, ' ').trim();

/**
 * Every live watchlist entry indexed for matching at AIS rates: maps by MMSI, IMO, call sign and container
 * number for exact identifiers, and per name group an exact map of normalised names plus a trigram index that
 * proposes fuzzy candidates (Dice filter) scored with Jaro-Winkler.
 */
export class WatchlistIndex {
  readonly options: MatchOptions;
  private readonly slots: (IndexEntry | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly byMmsi = new Map<string, Set<number>>();
  private readonly byImo = new Map<string, Set<number>>();
  private readonly byCallSign = new Map<string, Set<number>>();
  private readonly byContainer = new Map<string, Set<number>>();
  private readonly names: Record<NameGroup, NameIndex> = { vessel: new NameIndex(), party: new NameIndex() };
  private live = 0;

  constructor(options: Partial<MatchOptions> = {}) {
    this.options = { ...DEFAULT_MATCH_OPTIONS, ...options };
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
    }
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
  }

  /** A vessel's identifiers (an AIS static report, a consignment's carrier, an event subject). */
  matchVessel(v: { mmsi?: string | null | undefined; imo?: string | null | undefined; name?: string | null | undefined; callSign?: string | null | undefined }, nowMs: number): EntryMatch[] {
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
    return this.results(found, nowMs, (e) => e.kind === 'organisation' || e.kind === 'person');
  }

  private exactIn(map: Map<string, Set<number>>, key: string, field: WatchlistMatch['field'], value: string, found: Map<number, WatchlistMatch[]>): void {
    const slots = map.get(key);
    if (!slots) return;
    for (const slot of slots) push(found, slot, { field, value, entryValue: entryValue(this.slots[slot], field), how: 'exact', score: 1 });
  }

  private nameIn(group: NameGroup, raw: string, kind: NameKind, field: WatchlistMatch['field'], found: Map<number, WatchlistMatch[]>): void {
    const key = normaliseName(raw, kind);
    if (!key) return;
    for (const hit of this.names[group].search(key, this.options, (slot) => this.slots[slot] != null)) {
      const entryName = this.slots[hit.slot]?.name ?? '';
      const how = hit.exact ? (entryName.trim().toUpperCase() === raw.trim().toUpperCase() ? 'exact' : 'normalised') : 'fuzzy';
      push(found, hit.slot, { field, value: raw, entryValue: entryName, how, score: hit.score });
    }
  }

  private results(found: Map<number, WatchlistMatch[]>, nowMs: number, kindOk: (e: IndexEntry) => boolean): EntryMatch[] {
    const out: EntryMatch[] = [];
    for (const [slot, matches] of found) {
      const entry = this.slots[slot];
      if (!entry || !kindOk(entry) || (entry.expiresAt !== null && entry.expiresAt <= nowMs)) continue;
      out.push({ entry, matches });
    }
    return out;
  }
}

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

const groupOf = (kind: WatchlistEntryKind): NameGroup => (kind === 'vessel' || kind === 'container' ? 'vessel' : 'party');
const nameKind = (kind: WatchlistEntryKind): NameKind => (kind === 'vessel' ? 'vessel' : kind === 'person' ? 'person' : kind === 'organisation' ? 'organisation' : 'any');
