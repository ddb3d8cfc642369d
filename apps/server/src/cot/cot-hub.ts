import type { IntelEvent, Task, Unit } from '@tidewatch/contracts';
import { canRead, type Releasable, type Viewer } from '@tidewatch/domain';
import { releasableOf } from '../realtime/fanout.ts';
import {
  eventToCot,
  taskToCot,
  unitToCot,
  type VesselAffiliation,
  type VesselForCot,
  vesselToCot,
} from '../services/cot/cot-mapping.ts';
import { cotEventXml } from '../services/cot/cot-xml.ts';
import type { SuspectMarks } from './suspect-marks.ts';

/** Messages for one or more sinks; the bytes are made once however many TCP clients write them. */
export class CotBatch {
  #bytes: Buffer | undefined;
  constructor(readonly messages: readonly string[]) {}

  get bytes(): Buffer {
    this.#bytes ??= Buffer.from(this.messages.join(''), 'utf8');
    return this.#bytes;
  }
}

/** Where CoT goes: an authenticated TAK connection, or the UDP target (COT-1, COT-4). */
export interface CotSink {
  /** Whose release the sink carries; changes when its agency's agreements change (COT-7). */
  readonly viewer: Viewer;
  deliver(batch: CotBatch): void;
}

/** A vessel as the picture holds it: the part the stream sends, plus whether there is anything to send. */
export interface CotVessel extends VesselForCot {
  readonly hasPosition: boolean;
  readonly status: string;
}

export interface CotVesselSource {
  values(): Iterable<CotVessel>;
}

export interface OperationsItem<T> {
  item: T;
  /** Every item a reader must be allowed to read to be sent it (a task: its unit and its target, OPSU-6). */
  releasables: readonly Releasable[];
}

export interface CotHubOptions {
  vessels: CotVesselSource;
  marks: SuspectMarks;
  nowMs: () => number;
  /** COT-3: one update per vessel per this long at most. */
  vesselIntervalMs: number;
  /** When a vessel or unit is stale in the picture (VESSEL_STALE_MINUTES): its CoT `stale`. */
  staleAfterMs: number;
  /** How long an event marker or task route stays on a TAK map without being sent again. */
  markerLifeMs: number;
  /** Events with a position kept to give a newly connected device (the newest first to go when full). */
  recentEventsKept: number;
}

const viewerKey = (viewer: Viewer): string => `${viewer.agency}|${[...viewer.groups].sort().join(',')}`;

/**
 * The CoT picture of one node (COT-1..4): decides what each sink gets. Vessels go in one batch per tick to
 * every sink, each vessel at most once per interval and only when it moved; the affiliation is the one part
 * that differs between readers, so sinks are grouped by viewer and each group's batch is encoded once. Units,
 * tasks and event markers are filtered per sink with the one releasability rule (`canRead`).
 */
export class CotHub {
  readonly #options: CotHubOptions;
  readonly #sinks = new Set<CotSink>();
  readonly #sentAt = new Map<number, number>();
  readonly #sentPositionAt = new Map<number, number>();
  #units: OperationsItem<Unit>[] = [];
  #tasks: OperationsItem<Task>[] = [];
  readonly #recentEvents = new Map<string, IntelEvent>();

  constructor(options: CotHubOptions) {
    this.#options = options;
  }

  get sinkCount(): number {
    return this.#sinks.size;
  }

  /** A sink joins with the whole picture it may read, then follows the updates. */
  add(sink: CotSink): void {
    this.#sinks.add(sink);
    const now = this.#options.nowMs();
    const vessels: string[] = [];
    for (const vessel of this.#options.vessels.values()) {
      if (!vessel.hasPosition || vessel.status === 'lost') continue;
      vessels.push(this.#vesselXml(vessel, this.#affiliation(vessel.mmsi, sink.viewer), now));
    }
    const events = [...this.#recentEvents.values()]
      .filter((e) => canRead(sink.viewer, releasableOf(e)))
      .flatMap((e) => this.#eventXml(e, now));
    sink.deliver(new CotBatch([...vessels, ...this.#operationsFor(sink.viewer, now), ...events]));
  }

  remove(sink: CotSink): void {
    this.#sinks.delete(sink);
  }

  /** These vessels' affiliation may have changed (an alert closed): each goes out again at its next due tick. */
  resendVessels(mmsis: readonly number[]): void {
    for (const mmsi of mmsis) this.#sentPositionAt.delete(mmsi);
  }

  /** One tick of the vessel stream: answers how many vessels were due (each sent to every sink). */
  vesselTick(): number {
    const { vessels, vesselIntervalMs, marks } = this.#options;
    const now = this.#options.nowMs();
    const due: CotVessel[] = [];
    for (const vessel of vessels.values()) {
      if (!vessel.hasPosition || vessel.status === 'lost') continue;
      if ((this.#sentPositionAt.get(vessel.mmsi) ?? Number.NEGATIVE_INFINITY) >= vessel.positionAt) continue;
      if (now - (this.#sentAt.get(vessel.mmsi) ?? Number.NEGATIVE_INFINITY) < vesselIntervalMs) continue;
      this.#sentPositionAt.set(vessel.mmsi, vessel.positionAt);
      this.#sentAt.set(vessel.mmsi, now);
      due.push(vessel);
    }
    if (due.length === 0 || this.#sinks.size === 0) return due.length;
    // Vessels no alert names are the same for every reader: encoded once, the same bytes to every sink. Only
    // the few with a mark are encoded per group of readers, after them.
    const plain: string[] = [];
    const marked: CotVessel[] = [];
    for (const vessel of due) {
      if (marks.has(vessel.mmsi)) marked.push(vessel);
      else plain.push(this.#vesselXml(vessel, 'unknown', now));
    }
    if (plain.length > 0) {
      const batch = new CotBatch(plain);
      for (const sink of this.#sinks) sink.deliver(batch);
    }
    if (marked.length === 0) return due.length;
    for (const group of this.#groups()) {
      const viewer = group[0]?.viewer;
      if (!viewer) continue;
      const batch = new CotBatch(marked.map((v) => this.#vesselXml(v, this.#affiliation(v.mmsi, viewer), now)));
      for (const sink of group) sink.deliver(batch);
    }
    return due.length;
  }

  /**
   * The units and open tasks as they are now (read every few seconds): each sink gets those it may read. A
   * task that was open and is no longer is sent once more, already stale, so TAK clients drop its route.
   */
  setOperations(units: OperationsItem<Unit>[], tasks: OperationsItem<Task>[]): void {
    const now = this.#options.nowMs();
    const open = new Set(tasks.map((t) => t.item.id));
    const closed = this.#tasks.filter((t) => !open.has(t.item.id));
    this.#units = units;
    this.#tasks = tasks;
    for (const group of this.#groups()) {
      const viewer = group[0]?.viewer;
      if (!viewer) continue;
      const ended = closed
        .filter((t) => t.releasables.every((r) => canRead(viewer, r)))
        .flatMap((t) => this.#taskXml(t.item, now, 0));
      const messages = [...this.#operationsFor(viewer, now), ...ended];
      if (messages.length === 0) continue;
      const batch = new CotBatch(messages);
      for (const sink of group) sink.deliver(batch);
    }
  }

  /** Committed events (every node's): markers to the sinks that may read them; hits and alerts mark vessels. */
  events(events: readonly IntelEvent[]): void {
    this.#options.marks.add(events);
    const now = this.#options.nowMs();
    const placed = events.filter((e) => e.position !== null);
    if (placed.length === 0) return;
    this.remember(placed);
    for (const group of this.#groups()) {
      const viewer = group[0]?.viewer;
      if (!viewer) continue;
      const messages = placed.filter((e) => canRead(viewer, releasableOf(e))).flatMap((e) => this.#eventXml(e, now));
      if (messages.length === 0) continue;
      const batch = new CotBatch(messages);
      for (const sink of group) sink.deliver(batch);
    }
  }

  /** Events with a position that a device connecting later is given (start-up load and live commits). */
  remember(events: readonly IntelEvent[]): void {
    for (const event of events) {
      if (event.position === null) continue;
      this.#recentEvents.delete(event.id);
      this.#recentEvents.set(event.id, event);
    }
    for (const id of this.#recentEvents.keys()) {
      if (this.#recentEvents.size <= this.#options.recentEventsKept) break;
      this.#recentEvents.delete(id);
    }
  }

  #affiliation(mmsi: number, viewer: Viewer): VesselAffiliation {
    return this.#options.marks.suspectTo(mmsi, viewer) ? 'suspect' : 'unknown';
  }

  #vesselXml(vessel: VesselForCot, affiliation: VesselAffiliation, now: number): string {
    return cotEventXml(vesselToCot(vessel, affiliation, now, this.#options.staleAfterMs));
  }

  #eventXml(event: IntelEvent, now: number): string[] {
    const cot = eventToCot(event, now, this.#options.markerLifeMs);
    return cot ? [cotEventXml(cot)] : [];
  }

  #taskXml(task: Task, now: number, lifeMs: number): string[] {
    const unit = this.#units.find((u) => u.item.id === task.unitId)?.item.position ?? null;
    const cot = taskToCot(task, unit, now, lifeMs);
    return cot ? [cotEventXml(cot)] : [];
  }

  #operationsFor(viewer: Viewer, now: number): string[] {
    const readable = <T>(items: OperationsItem<T>[]) =>
      items.filter((i) => i.releasables.every((r) => canRead(viewer, r))).map((i) => i.item);
    const units = readable(this.#units).flatMap((u) => {
      const cot = unitToCot(u, now, this.#options.staleAfterMs);
      return cot ? [cotEventXml(cot)] : [];
    });
    const tasks = readable(this.#tasks).flatMap((t) => this.#taskXml(t, now, this.#options.markerLifeMs));
    return [...units, ...tasks];
  }

  /** The sinks grouped by what they may read. */
  #groups(): CotSink[][] {
    const groups = new Map<string, CotSink[]>();
    for (const sink of this.#sinks) {
      const key = viewerKey(sink.viewer);
      const group = groups.get(key);
      if (group) group.push(sink);
      else groups.set(key, [sink]);
    }
    return [...groups.values()];
  }
}
