import type { TagBlock } from './nmea/tag-block.ts';

/** One multipart message being collected. */
interface PendingGroup {
  parts: Array<string | undefined>;
  received: number;
  createdAtMs: number;
  tagBlock: TagBlock | null;
  /** Fill bits of the last fragment (the only one that may have any). */
  fillBits: number;
}

export interface CompletedGroup {
  payload: string;
  fillBits: number;
  fragments: number;
  tagBlock: TagBlock | null;
}

/**
 * The group a fragment belongs to, as one number: talker, VDM/VDO, channel, sequence id (its digits and
 * their count, so "1" and "01" stay apart) and fragment count. A number is built and hashed without
 * allocating, where a string key would cost a concatenation and a string hash per fragment.
 * Talker and channel are upper-case letters or digits (checked by the scanner), so 7 bits each suffice.
 */
export function fragmentGroupKey(
  talker: string,
  ownShip: boolean,
  channel: string,
  seqId: string,
  total: number,
): number {
  const talkerCode = talker.charCodeAt(0) * 128 + talker.charCodeAt(1);
  const channelCode = channel === '' ? 0 : channel.charCodeAt(0);
  // the scanner allows 0-3 digits
  const seqCode = seqId.length * 1000 + (seqId === '' ? 0 : Number(seqId));
  // < 2^14 * 2 * 2^7 * 4000 * 10: well inside the exact integers of a double
  return (((talkerCode * 2 + (ownShip ? 1 : 0)) * 128 + channelCode) * 4000 + seqCode) * 10 + total;
}

export interface ReassemblyOptions {
  /** A group not completed within this time (by the times passed in) is dropped. */
  timeoutMs: number;
  /** At most this many incomplete groups are kept; the oldest is dropped to make room. */
  maxPendingGroups: number;
}

/**
 * Collects the fragments of multipart sentences, keyed by (talker, formatter, channel, sequence id,
 * fragment count), so messages interleaved on different channels or sequence ids do not mix. Fragments
 * may arrive in any order. Memory is bounded: at most `maxPendingGroups` groups of at most 9 fragments.
 * Time is whatever the caller passes in; nothing here reads a clock.
 */
export class Reassembler {
  // Map keeps insertion order, so the first entry is always the oldest group: expiry and eviction look
  // only at the head instead of scanning every group.
  private readonly pending = new Map<number, PendingGroup>();

  constructor(
    private readonly options: ReassemblyOptions,
    /** Told how many fragments were dropped each time a group dies incomplete. */
    private readonly onOrphans: (fragments: number) => void,
  ) {}

  get pendingGroups(): number {
    return this.pending.size;
  }

  /** Adds a fragment; returns the whole message when this fragment completes it. */
  add(
    key: number,
    num: number,
    total: number,
    payload: string,
    fillBits: number,
    tagBlock: TagBlock | null,
    nowMs: number,
  ): CompletedGroup | null {
    this.expire(nowMs);
    let group = this.pending.get(key);
    if (group !== undefined && group.parts[num - 1] !== undefined) {
      // the same fragment again: the sender has reused the sequence id for a new message
      this.drop(key, group);
      group = undefined;
    }
    if (group === undefined) {
      if (this.pending.size >= this.options.maxPendingGroups) this.evictOldest();
      group = {
        parts: new Array<string | undefined>(total),
        received: 0,
        createdAtMs: nowMs,
        tagBlock: null,
        fillBits: 0,
      };
      this.pending.set(key, group);
    }
    group.parts[num - 1] = payload;
    group.received++;
    // the first fragment's tag block describes the message; later ones usually carry only g:
    if (tagBlock !== null && (group.tagBlock === null || num === 1)) group.tagBlock = tagBlock;
    if (num === total) group.fillBits = fillBits;
    if (group.received < total) return null;

    this.pending.delete(key);
    return { payload: group.parts.join(''), fillBits: group.fillBits, fragments: total, tagBlock: group.tagBlock };
  }

  /** Drops every pending group, counting their fragments as orphans (end of input). */
  flush(): void {
    for (const [key, group] of this.pending) this.drop(key, group);
  }

  private expire(nowMs: number): void {
    for (const [key, group] of this.pending) {
      if (nowMs - group.createdAtMs <= this.options.timeoutMs) break;
      this.drop(key, group);
    }
  }

  private evictOldest(): void {
    for (const [key, group] of this.pending) {
      this.drop(key, group);
      return;
    }
  }

  private drop(key: number, group: PendingGroup): void {
    this.pending.delete(key);
    this.onOrphans(group.received);
  }
}
