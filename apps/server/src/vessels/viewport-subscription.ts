import { VESSEL_STREAM_VERSION, type VesselBatch, type ViewportBbox } from '@tidewatch/contracts';
import { inBbox, type VesselPicture, type VesselState } from '@tidewatch/domain';
import { appendRow } from './row-encoding.ts';

/**
 * Vessels per message while a snapshot (or a reframe that brings many into view) is going out: about 150 kB
 * of JSON. The rest waits until the connection has written the previous message, so a client that reads
 * slowly holds one chunk in the server's buffers, never the whole picture several times over.
 */
export const SNAPSHOT_CHUNK_VESSELS = 2_000;

/**
 * One client's view of the picture: its viewport, the vessels it has been sent, what it still has to be sent,
 * and the names it has been sent (its string table lives for the connection).
 *
 * Nothing here queues messages: changes are kept as a set of MMSIs (`deferred`) and turned into a batch from
 * the picture's current state only when the connection can take one. A slow client therefore costs at most
 * one entry per vessel in view, however long it stays slow, and gets the latest positions when it catches up.
 */
export class ViewportSubscription {
  private readonly visible = new Set<number>();
  private readonly names = new Map<number, string>();
  /** Vessels in view not sent yet (snapshot or reframe still going out), in send order; `cursor` is the next. */
  private unsent: number[] = [];
  private cursor = 0;
  /** The MMSIs of unsent[cursor..], to look up. */
  private readonly queued = new Set<number>();
  /** Changed or removed since the last batch the client was sent. */
  private readonly deferred = new Set<number>();
  /** The next message must be a snapshot (the client replaces what it holds). */
  private snapshotDue = false;
  private seq = 0;

  constructor(
    public bbox: ViewportBbox,
    public zoom: number,
  ) {}

  /** Vessels in view: those sent plus those still to send. */
  get visibleCount(): number {
    return this.visible.size + this.unsent.length - this.cursor;
  }

  /** True while part of a snapshot or reframe has not been sent. */
  get sending(): boolean {
    return this.snapshotDue || this.cursor < this.unsent.length;
  }

  /** Starts over: everything in the viewport is to be sent, the first message being a snapshot. */
  restart(picture: VesselPicture): void {
    this.visible.clear();
    this.names.clear();
    this.deferred.clear();
    this.seq = 0;
    this.snapshotDue = true;
    this.queueShown(picture);
  }

  /** After a viewport change: those that left it are removed with the next message, newcomers follow in chunks. */
  reframe(picture: VesselPicture, bbox: ViewportBbox, zoom: number): void {
    this.bbox = bbox;
    this.zoom = zoom;
    // Only those that left: the ones still in view need no message.
    for (const mmsi of this.visible) {
      const v = picture.get(mmsi);
      if (v === undefined || !this.shows(v)) this.deferred.add(mmsi);
    }
    this.queueShown(picture);
  }

  /** Records what changed in the picture; it reaches the client with the next batch. */
  defer(changed: readonly number[], removed: readonly number[]): void {
    for (const mmsi of changed) this.deferred.add(mmsi);
    // A removed vessel the client never got needs no message.
    for (const mmsi of removed) if (this.visible.has(mmsi)) this.deferred.add(mmsi);
  }

  /**
   * The next message for this client, built from the picture as it is now: the snapshot or its next chunk
   * while one is going out (with the removals and changes since), else the coalesced changes; null: nothing to say.
   */
  next(picture: VesselPicture, nowMs: number): VesselBatch | null {
    const batch = this.batch(this.snapshotDue ? 'snapshot' : 'update', nowMs);
    this.snapshotDue = false;
    // Updates of vessels the client holds all go now. A changed vessel still queued for a chunk needs nothing:
    // its chunk reads its state then (a whole fleet can change between a subscribe and its first chunk).
    // Other newcomers count against the chunk like the snapshot's own; the rest wait.
    let room = SNAPSHOT_CHUNK_VESSELS;
    const waiting: number[] = [];
    for (const mmsi of this.deferred) {
      const v = picture.get(mmsi);
      if (v !== undefined && this.shows(v)) {
        if (this.visible.has(mmsi)) this.add(batch, v, nowMs);
        else if (this.queued.has(mmsi)) continue;
        else if (room > 0) {
          this.add(batch, v, nowMs);
          room--;
        } else waiting.push(mmsi);
      } else if (this.visible.delete(mmsi)) batch.removed.push(mmsi);
    }
    this.deferred.clear();
    for (const mmsi of waiting) this.deferred.add(mmsi);
    while (room > 0 && this.cursor < this.unsent.length) {
      const mmsi = this.unsent[this.cursor++] ?? -1;
      this.queued.delete(mmsi);
      const v = picture.get(mmsi);
      if (v === undefined || this.visible.has(mmsi) || !this.shows(v)) continue;
      this.add(batch, v, nowMs);
      room--;
    }
    if (this.cursor >= this.unsent.length) {
      this.unsent = [];
      this.cursor = 0;
      this.queued.clear();
    }
    if (batch.kind === 'update' && batch.rows.length === 0 && batch.removed.length === 0) {
      this.seq--;
      return null;
    }
    return batch;
  }

  private queueShown(picture: VesselPicture): void {
    this.unsent = [];
    this.cursor = 0;
    this.queued.clear();
    for (const v of picture.values()) {
      if (!this.visible.has(v.mmsi) && this.shows(v)) {
        this.unsent.push(v.mmsi);
        this.queued.add(v.mmsi);
      }
    }
  }

  private shows(v: VesselState): boolean {
    // Lost vessels leave the map; their card stays reachable through the REST API.
    return v.status !== 'lost' && inBbox(v, this.bbox);
  }

  private batch(kind: VesselBatch['kind'], nowMs: number): VesselBatch {
    return { v: VESSEL_STREAM_VERSION, kind, seq: ++this.seq, at: nowMs, rows: [], names: [], removed: [] };
  }

  private add(batch: VesselBatch, v: VesselState, nowMs: number): void {
    this.visible.add(v.mmsi);
    appendRow(batch.rows, v, nowMs);
    if (v.name !== null && this.names.get(v.mmsi) !== v.name) {
      this.names.set(v.mmsi, v.name);
      batch.names.push([v.mmsi, v.name]);
    }
  }
}
