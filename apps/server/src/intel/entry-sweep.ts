import { WatchlistIndex, type EntryMatch, type IndexEntry, type MatchOptions } from '@tidewatch/domain';
import type { SerialQueue } from './serial-queue.ts';

const YIELD_EVERY = 200;

/** What the sweep needs of a vessel this node's own feeds hear (the picture's VesselState has it). */
export interface SweptVessel {
  mmsi: number;
  imo: number | null;
  name: string | null;
  callSign: string | null;
  lat: number;
  lon: number;
}

export interface EntrySweepOptions {
  queue: SerialQueue;
  now(): number;
  match: Partial<MatchOptions>;
  /** Vessels heard by this node's own feeds (relayed ones are swept by the node that hears them). */
  vessels(): Iterable<SweptVessel>;
  /** Raises the hits of one vessel, as the AIS identity check does. */
  hits(vessel: SweptVessel, found: EntryMatch[]): Promise<unknown> | undefined;
}

/**
 * The other half of live matching: an AIS identity is checked against the watchlists when it changes, and a
 * new or edited entry is checked here against every vessel already heard, so a listed vessel at sea raises its
 * hit without waiting for its name or call sign to change. Entries that become live together (an import) are
 * swept in one pass over the picture, through a small index of just those entries.
 */
export function createEntrySweep(options: EntrySweepOptions) {
  const pending = new Map<string, IndexEntry>();
  let scheduled = false;
  const run = async (): Promise<void> => {
    scheduled = false;
    if (pending.size === 0) return;
    const index = new WatchlistIndex(options.match);
    let named = false;
    for (const entry of pending.values()) {
      index.upsert(entry);
      named ||= entry.name !== null;
    }
    pending.clear();
    const now = options.now();
    let seen = 0;
    for (const v of options.vessels()) {
      const mmsi = String(v.mmsi).padStart(9, '0');
      // Normalising every vessel's name is most of the cost: skipped when no swept entry has a name.
      const found = index.matchVessel(
        { mmsi, imo: v.imo === null ? null : String(v.imo), name: named ? v.name : null, callSign: v.callSign },
        now,
      );
      if (found.length > 0) await options.hits(v, found);
      // A sweep over tens of thousands of vessels must not hold up the live stream: yield now and then.
      if (++seen % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return {
    live(entry: IndexEntry): void {
      if (entry.kind !== 'vessel') return;
      pending.set(entry.id, entry);
      if (scheduled) return;
      scheduled = true;
      options.queue.push('watchlist entry sweep', run);
    },
    gone(entryId: string): void {
      pending.delete(entryId);
    },
  };
}

export type EntrySweep = ReturnType<typeof createEntrySweep>;
