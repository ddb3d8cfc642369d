import { VESSEL_STREAM_VERSION, type VesselBatch, type ViewportBbox } from '@tidewatch/contracts';
import { inBbox, type VesselPicture, type VesselState } from '@tidewatch/domain';
import { appendRow } from './row-encoding.ts';

/**
 * One client's view of the picture: its viewport, the vessels it currently shows, and the names it has been
 * sent (its string table lives for the connection). Builds the snapshot and the coalesced updates.
 */
export class ViewportSubscription {
  private readonly visible = new Set<number>();
  private readonly names = new Map<number, string>();
  private seq = 0;

  constructor(
    public bbox: ViewportBbox,
    public zoom: number,
  ) {}

  get visibleCount(): number {
    return this.visible.size;
  }

  /** Everything in the viewport; replaces what the client holds. */
  snapshot(picture: VesselPicture, nowMs: number): VesselBatch {
    this.visible.clear();
    this.seq = 0;
    const batch = this.batch('snapshot', nowMs);
    for (const v of picture.values()) if (this.shows(v)) this.add(batch, v, nowMs);
    return batch;
  }

  /** After a viewport change: vessels that came into view, and those that left it. */
  reframe(picture: VesselPicture, bbox: ViewportBbox, zoom: number, nowMs: number): VesselBatch {
    this.bbox = bbox;
    this.zoom = zoom;
    const batch = this.batch('update', nowMs);
    for (const mmsi of this.visible) {
      const v = picture.get(mmsi);
      if (v === undefined || !this.shows(v)) {
        this.visible.delete(mmsi);
        batch.removed.push(mmsi);
      }
    }
    for (const v of picture.values()) if (!this.visible.has(v.mmsi) && this.shows(v)) this.add(batch, v, nowMs);
    return batch;
  }

  /** The changed vessels that concern this viewport, or null when none do. */
  update(picture: VesselPicture, changed: readonly number[], removed: readonly number[], nowMs: number): VesselBatch | null {
    let batch: VesselBatch | null = null;
    for (const mmsi of changed) {
      const v = picture.get(mmsi);
      if (v !== undefined && this.shows(v)) {
        batch ??= this.batch('update', nowMs);
        this.add(batch, v, nowMs);
      } else if (this.visible.delete(mmsi)) {
        batch ??= this.batch('update', nowMs);
        batch.removed.push(mmsi);
      }
    }
    for (const mmsi of removed) {
      if (this.visible.delete(mmsi)) {
        batch ??= this.batch('update', nowMs);
        batch.removed.push(mmsi);
      }
    }
    return batch;
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
