import type { IntelEvent } from '@tidewatch/contracts';
import { mergeEvents } from './mergeEvents.ts';
import { onSessionEnd } from '../session/lifecycle.ts';

/**
 * `connecting`: first load in progress. `syncing`: socket up, server still replaying what we missed.
 * `live`: replay done, events arrive as they happen. `reconnecting`: socket dropped, retrying.
 * `offline`: the server is unreachable (or the browser is offline) for a while; still retrying.
 * `unauthorized`: the server answered but refused this display (no session or token); still retrying, so
 * signing in from another tab brings the wall back by itself.
 */
/** `outdated`: the server speaks no protocol version this page does (PROTO-4); only a reload helps. */
export type ConnectionState =
  | 'connecting'
  | 'syncing'
  | 'live'
  | 'reconnecting'
  | 'offline'
  | 'unauthorized'
  | 'outdated';

export interface LiveSnapshot {
  /** Newest first (seq descending), at most `capacity` long. */
  readonly events: readonly IntelEvent[];
  readonly byId: ReadonlyMap<string, IntelEvent>;
  readonly connection: ConnectionState;
  /** Client-clock ms at which the newest event reached the server (or us, for live ones); null before any. */
  readonly lastEventAt: number | null;
  /** id -> client-clock ms when it arrived over the socket; the feed and map flash these briefly. */
  readonly arrivals: ReadonlyMap<string, number>;
  /** Server clock minus this display's clock; subtract it from server timestamps before comparing to Date.now(). */
  readonly skewMs: number;
  /**
   * Events dropped because they failed contract validation. Shown in the top bar: a wall that silently
   * stops showing events after a server upgrade is worse than one that says why.
   */
  readonly rejected: number;
  /** The agency whose releasability view this display shows (from the server's hello). */
  readonly agency: string | null;
}

export interface EventDelta {
  readonly added: readonly IntelEvent[];
  readonly removedIds: readonly string[];
}

export interface IngestOptions {
  /** true for socket deliveries: they are flashed as new. REST history is not. */
  flash: boolean;
  /** Client-clock ms when these were received; live events use this as their "last event" time. */
  receivedAt?: number;
}

/** Bounds memory so a wall display can run for days; beyond it the oldest go (still queryable on the server). */
export const DEFAULT_CAPACITY = 5000;
/** Socket bursts (replay after a reconnect) are applied in one render instead of one per message. */
const FLUSH_DELAY_MS = 60;
const ARRIVAL_MEMORY_MS = 15_000;

interface Pending {
  event: IntelEvent;
  flash: boolean;
  receivedAt: number | undefined;
}

/**
 * The one place live events are held. React reads it with useSyncExternalStore (whole-snapshot
 * subscribers); the map instead subscribes to deltas so it can send MapLibre small diffs.
 */
export class LiveStore {
  private snapshot: LiveSnapshot = {
    events: [],
    byId: new Map(),
    connection: 'connecting',
    lastEventAt: null,
    arrivals: new Map(),
    skewMs: 0,
    rejected: 0,
    agency: null,
  };
  private readonly initial: LiveSnapshot = this.snapshot;
  private readonly listeners = new Set<() => void>();
  private readonly deltaListeners = new Set<(delta: EventDelta) => void>();
  private pending: Pending[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private highestSeq = 0;

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LiveSnapshot => this.snapshot;

  subscribeDeltas(listener: (delta: EventDelta) => void): () => void {
    this.deltaListeners.add(listener);
    return () => this.deltaListeners.delete(listener);
  }

  /** Highest seq ever received, including still-pending and evicted ones: the resume point for `since`. */
  lastSeq(): number {
    return this.highestSeq;
  }

  setClockSkew(serverNowMs: number, clientNowMs: number): void {
    if (!Number.isFinite(serverNowMs)) return;
    const skewMs = serverNowMs - clientNowMs;
    // Sub-second jitter (HTTP Date has 1 s resolution) is not worth a re-render.
    if (Math.abs(skewMs - this.snapshot.skewMs) < 500) return;
    this.snapshot = { ...this.snapshot, skewMs };
    this.emit();
  }

  /** Counts events that failed validation; their seqs still advance the resume point. */
  noteRejected(seqs: readonly number[]): void {
    if (seqs.length === 0) return;
    for (const seq of seqs) if (seq > this.highestSeq) this.highestSeq = seq;
    this.snapshot = { ...this.snapshot, rejected: this.snapshot.rejected + seqs.length };
    this.emit();
  }

  setAgency(agency: string | null): void {
    if (this.snapshot.agency === agency) return;
    this.snapshot = { ...this.snapshot, agency };
    this.emit();
  }

  setConnection(connection: ConnectionState): void {
    if (this.snapshot.connection === connection) return;
    this.snapshot = { ...this.snapshot, connection };
    this.emit();
  }

  ingest(events: readonly IntelEvent[], options: IngestOptions): void {
    for (const event of events) {
      if (event.seq > this.highestSeq) this.highestSeq = event.seq;
      this.pending.push({ event, flash: options.flash, receivedAt: options.receivedAt });
    }
    if (this.flushTimer === null && this.pending.length > 0) {
      this.flushTimer = setTimeout(() => this.flush(), FLUSH_DELAY_MS);
    }
  }

  /** Applies queued events now (used after the initial REST page so the first paint has them). */
  flush(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;

    const result = mergeEvents(
      this.snapshot,
      batch.map((p) => p.event),
      this.capacity,
    );
    if (!result) return;

    const now = Date.now();
    const arrivals = new Map<string, number>();
    for (const [id, at] of this.snapshot.arrivals) {
      if (now - at < ARRIVAL_MEMORY_MS && result.byId.has(id)) arrivals.set(id, at);
    }
    let lastEventAt = this.snapshot.lastEventAt;
    const addedIds = new Set(result.added.map((e) => e.id));
    for (const p of batch) {
      if (!addedIds.has(p.event.id)) continue;
      if (p.flash) arrivals.set(p.event.id, p.receivedAt ?? now);
      const at =
        p.flash && p.receivedAt !== undefined ? p.receivedAt : Date.parse(p.event.receivedAt) - this.snapshot.skewMs;
      if (Number.isFinite(at) && (lastEventAt === null || at > lastEventAt)) lastEventAt = Math.min(at, now);
    }

    this.snapshot = { ...this.snapshot, events: result.events, byId: result.byId, arrivals, lastEventAt };
    const delta: EventDelta = { added: result.added, removedIds: result.removedIds };
    for (const listener of this.deltaListeners) listener(delta);
    this.emit();
  }

  /**
   * Replaces a held event by a newer version of itself (a triage change keeps its seq but bumps `version`).
   * Returns false when the event is not held or the copy is not newer.
   */
  applyUpdate(event: IntelEvent): boolean {
    const held = this.snapshot.byId.get(event.id);
    if (!held || held.version >= event.version) return false;
    const events = this.snapshot.events.map((e) => (e.id === event.id ? event : e));
    const byId = new Map(this.snapshot.byId);
    byId.set(event.id, event);
    this.snapshot = { ...this.snapshot, events, byId };
    for (const listener of this.deltaListeners) listener({ added: [event], removedIds: [] });
    this.emit();
    return true;
  }

  /**
   * FED-14: the server says this client may no longer read an event (its release narrowed, or its origin withdrew
   * it): it leaves the feed, the map and every view fed by the deltas at once.
   */
  applyWithdrawal(id: string): boolean {
    if (!this.snapshot.byId.has(id)) return false;
    const events = this.snapshot.events.filter((e) => e.id !== id);
    const byId = new Map(this.snapshot.byId);
    byId.delete(id);
    this.snapshot = { ...this.snapshot, events, byId };
    for (const listener of this.deltaListeners) listener({ added: [], removedIds: [id] });
    this.emit();
    return true;
  }

  /**
   * Forgets everything: on logout or a user switch nothing the previous user could read may stay on screen,
   * and the next socket must resume from 0 under the new user's rights, not from the old user's seq.
   */
  reset(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.pending = [];
    this.highestSeq = 0;
    const removedIds = [...this.snapshot.byId.keys()];
    this.snapshot = this.initial;
    if (removedIds.length > 0) for (const listener of this.deltaListeners) listener({ added: [], removedIds });
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const liveStore = new LiveStore();
onSessionEnd(() => liveStore.reset());
