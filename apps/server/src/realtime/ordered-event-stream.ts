import type { IntelEvent } from '@tidewatch/contracts';
import type { Logger } from '../logger.ts';

export interface StreamSource {
  /** Stored events after `seq`, oldest first, at most `limit`, none above `upTo`. */
  listAfter(seq: number, limit: number, upTo?: number): Promise<IntelEvent[]>;
}

/** Receives each run of events that became deliverable together (a group commit, a filled gap), in seq order. */
type Listener = (events: readonly IntelEvent[]) => void;

const GAP_FILL_BATCH = 500;

/**
 * This node's view of the committed event log, delivered to listeners once each and in seq order.
 *
 * Events reach a node from its own writes and from other nodes, and two commits can arrive in either
 * order. Seq is gap-free (see event_sequence), so a hole means an event is still in flight: we wait
 * briefly, then read the hole from the database, where it is already committed because a higher seq
 * committed after it.
 */
export class OrderedEventStream {
  #high: number;
  readonly #pending = new Map<number, IntelEvent>();
  readonly #listeners = new Set<Listener>();
  #gapTimer: NodeJS.Timeout | undefined;
  #filling = false;
  #catchingUp = false;

  constructor(
    private readonly source: StreamSource,
    startSeq: number,
    private readonly log: Logger,
    private readonly gapWaitMs = 25,
  ) {
    this.#high = startSeq;
  }

  /** The highest seq delivered so far; every seq at or below it has been delivered. */
  get high(): number {
    return this.#high;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  accept(events: readonly IntelEvent[]): void {
    for (const event of events) {
      if (event.seq > this.#high) this.#pending.set(event.seq, event);
    }
    this.#drain();
  }

  /**
   * Reads from the database every event committed after the last one delivered: the way other nodes'
   * events arrive while the bus between nodes is down. Committed seqs have no holes, so what it reads
   * joins on to what was delivered.
   */
  async catchUp(): Promise<void> {
    if (this.#catchingUp) return;
    this.#catchingUp = true;
    try {
      for (;;) {
        const found = await this.source.listAfter(this.#high, GAP_FILL_BATCH);
        this.accept(found);
        if (found.length < GAP_FILL_BATCH) return;
      }
    } catch (err) {
      this.log.error({ err }, 'could not read new events from the database; will retry');
    } finally {
      this.#catchingUp = false;
    }
  }

  close(): void {
    clearTimeout(this.#gapTimer);
    this.#listeners.clear();
    this.#pending.clear();
  }

  #drain(): void {
    const run: IntelEvent[] = [];
    let next = this.#pending.get(this.#high + 1);
    while (next) {
      this.#pending.delete(next.seq);
      this.#high = next.seq;
      run.push(next);
      next = this.#pending.get(this.#high + 1);
    }
    if (run.length > 0) this.#deliver(run);
    if (this.#pending.size > 0 && !this.#gapTimer && !this.#filling) {
      this.#gapTimer = setTimeout(() => void this.#fillGap(), this.gapWaitMs);
    }
  }

  async #fillGap(): Promise<void> {
    this.#gapTimer = undefined;
    if (this.#pending.size === 0) return;
    this.#filling = true;
    try {
      const lowestPending = Math.min(...this.#pending.keys());
      const missing = await this.source.listAfter(this.#high, GAP_FILL_BATCH, lowestPending - 1);
      this.log.debug(
        { from: this.#high + 1, to: lowestPending - 1, found: missing.length },
        'filled a gap in the event stream',
      );
      for (const event of missing) if (event.seq > this.#high) this.#pending.set(event.seq, event);
    } catch (err) {
      this.log.error({ err }, 'could not read missing events; will retry');
    } finally {
      this.#filling = false;
      this.#drain();
    }
  }

  #deliver(events: readonly IntelEvent[]): void {
    for (const listener of this.#listeners) {
      try {
        listener(events);
      } catch (err) {
        this.log.error({ err, from: events[0]?.seq, to: events.at(-1)?.seq }, 'event listener failed');
      }
    }
  }
}
