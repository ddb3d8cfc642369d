import type { Subjects, Tlp } from '@tidewatch/contracts';
import type { IndexableEntry, WatchlistEntryRow, WatchlistRepository, WatchlistRow } from '@tidewatch/db';
import { HitDeduper, WatchlistIndex, type EntryMatch, type IndexEntry } from '@tidewatch/domain';

type ListReleasability = Pick<WatchlistRow, 'id' | 'ownerAgency' | 'tlp' | 'recipients' | 'sharingGroups' | 'name'>;

export function toIndexEntry(entry: WatchlistEntryRow, list: ListReleasability): IndexEntry {
  return {
    id: entry.id,
    watchlistId: entry.watchlistId,
    kind: entry.kind as IndexEntry['kind'],
    mmsi: entry.mmsi,
    imo: entry.imo,
    callSign: entry.callSign,
    containerNumber: entry.containerNumber,
    name: entry.name,
    expiresAt: entry.expiresAt === null ? null : Date.parse(entry.expiresAt),
    releasability: {
      ownerAgency: list.ownerAgency,
      tlp: list.tlp as Tlp,
      recipients: list.recipients,
      sharingGroups: list.sharingGroups,
    },
    watchlistName: list.name,
  };
}

/**
 * This node's in-memory index of every live watchlist entry (the domain WatchlistIndex) and the hit
 * deduplication window. Loaded at start-up, kept current by the watchlist verbs on this node and by the
 * intel notifier for changes made on other nodes.
 */
/** Told of every entry that becomes live or stops being live on this node (the declared-flag registry listens). */
export interface EntryListener {
  live(entry: WatchlistEntryRow, list: ListReleasability): void;
  gone(entryId: string): void;
}

export class MatcherRuntime {
  readonly index: WatchlistIndex;
  readonly deduper: HitDeduper;
  private readonly listener: EntryListener | undefined;

  constructor(options: { fuzzyThreshold: number; hitWindowMs: number; listener?: EntryListener }) {
    this.index = new WatchlistIndex({ fuzzyThreshold: options.fuzzyThreshold });
    this.deduper = new HitDeduper(options.hitWindowMs);
    this.listener = options.listener;
  }

  async load(repo: WatchlistRepository): Promise<number> {
    const rows: IndexableEntry[] = await repo.indexable();
    for (const { entry, list } of rows) {
      this.index.upsert(toIndexEntry(entry, list));
      this.listener?.live(entry, list);
    }
    return rows.length;
  }

  /** Adds, replaces or (when retired) removes one entry. */
  apply(entry: WatchlistEntryRow, list: ListReleasability & { retiredAt?: string | null }): void {
    if (entry.retiredAt !== null || (list.retiredAt ?? null) !== null) this.remove(entry.id);
    else {
      this.index.upsert(toIndexEntry(entry, list));
      this.listener?.live(entry, list);
    }
    // An edited entry may hit again at once.
    this.deduper.forgetEntry(entry.id);
  }

  remove(entryId: string): void {
    this.index.remove(entryId);
    this.listener?.gone(entryId);
  }

  /** Every entry an event's subjects meet. */
  matchSubjects(subjects: Subjects, nowMs: number): EntryMatch[] {
    const found: EntryMatch[] = [];
    for (const v of subjects.vessels) found.push(...this.index.matchVessel(v, nowMs));
    for (const c of subjects.containers) found.push(...this.index.matchContainer(c, nowMs));
    for (const o of subjects.organisations) found.push(...this.index.matchParty(o, 'organisation', nowMs));
    for (const p of subjects.persons) found.push(...this.index.matchParty(p, 'person', nowMs));
    return merge(found);
  }
}

/** One result per entry, its matches combined (an MMSI and a name meeting the same entry are one hit). */
export function merge(found: readonly EntryMatch[]): EntryMatch[] {
  const byEntry = new Map<string, EntryMatch>();
  for (const f of found) {
    const seen = byEntry.get(f.entry.id);
    if (seen) seen.matches.push(...f.matches);
    else byEntry.set(f.entry.id, { entry: f.entry, matches: [...f.matches] });
  }
  return [...byEntry.values()];
}
