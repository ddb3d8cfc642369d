import type { IntelEvent } from '@tidewatch/contracts';
import { canRead, type Releasable, type Viewer } from '@tidewatch/domain';
import { releasableOf } from '../realtime/fanout.ts';

/** The events that make a vessel suspect (COT-2): watchlist hits and AIS or cargo alerts. */
export const SUSPECT_KINDS = ['watchlist_hit', 'vessel_alert', 'cargo_alert'] as const;
const SUSPECT_KIND_SET: ReadonlySet<string> = new Set(SUSPECT_KINDS);

/**
 * Which vessels are suspect, and to whom (COT-2): per MMSI the releasabilities of the open (not closed) hits
 * and alerts naming it. A reader sees a vessel as suspect only if it may read one of them: the affiliation
 * would otherwise tell an agency about a watchlist entry it was never shown.
 */
export class SuspectMarks {
  #byMmsi = new Map<number, Map<string, Releasable>>();

  get size(): number {
    return this.#byMmsi.size;
  }

  /** Replaces every mark with those of `events` (the periodic re-read, which also forgets closed alerts). */
  replaceAll(events: readonly IntelEvent[]): void {
    this.#byMmsi = new Map();
    this.add(events);
  }

  /**
   * Newly committed or triaged events: an open hit or alert marks its vessels; a closed one drops its marks.
   * Answers the MMSIs of the vessels these events name (whose affiliation may have changed).
   */
  add(events: readonly IntelEvent[]): number[] {
    const touched: number[] = [];
    for (const event of events) {
      if (!SUSPECT_KIND_SET.has(event.kind)) continue;
      for (const subject of event.subjects.vessels) {
        if (subject.mmsi === undefined) continue;
        const mmsi = Number(subject.mmsi);
        touched.push(mmsi);
        let marks = this.#byMmsi.get(mmsi);
        if (event.status === 'closed') {
          marks?.delete(event.id);
          if (marks?.size === 0) this.#byMmsi.delete(mmsi);
          continue;
        }
        if (!marks) {
          marks = new Map();
          this.#byMmsi.set(mmsi, marks);
        }
        marks.set(event.id, releasableOf(event));
      }
    }
    return touched;
  }

  /** Cheap first test, viewer-free: no mark at all means unknown to everyone. */
  has(mmsi: number): boolean {
    return this.#byMmsi.has(mmsi);
  }

  suspectTo(mmsi: number, viewer: Viewer): boolean {
    const marks = this.#byMmsi.get(mmsi);
    if (!marks) return false;
    for (const releasable of marks.values()) if (canRead(viewer, releasable)) return true;
    return false;
  }
}
