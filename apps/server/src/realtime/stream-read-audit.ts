import { isRestrictedTlp } from '@tidewatch/domain';
import type { IntelEvent } from '@tidewatch/contracts';
import type { AuditTrail } from '../services/audit-trail.ts';
import { SeqRuns } from './seq-runs.ts';
import type { TidewatchSocket } from './types.ts';

const FLUSH_EVERY_MS = 5000;

interface Pending {
  actor: TidewatchSocket['data']['principal']['actor'];
  seqs: SeqRuns;
}

/**
 * AUD-1 on the stream: every AMBER/RED event a socket receives is a read. One audit row per socket per
 * five seconds names them all (as runs of seqs, see SeqRuns), instead of a row per event per socket at
 * stream rates.
 */
export class StreamReadAudit {
  readonly #pending = new Map<string, Pending>();
  readonly #timer: NodeJS.Timeout;

  constructor(private readonly audit: AuditTrail) {
    this.#timer = setInterval(() => this.flush(), FLUSH_EVERY_MS);
    this.#timer.unref();
  }

  delivered(socket: TidewatchSocket, event: IntelEvent): void {
    if (!isRestrictedTlp(event.releasability.tlp)) return;
    let pending = this.#pending.get(socket.id);
    if (!pending) {
      pending = { actor: socket.data.principal.actor, seqs: new SeqRuns() };
      this.#pending.set(socket.id, pending);
    }
    pending.seqs.add(event.seq);
  }

  forget(socketId: string): void {
    const pending = this.#pending.get(socketId);
    if (pending) this.#write(pending);
    this.#pending.delete(socketId);
  }

  flush(): void {
    for (const pending of this.#pending.values()) this.#write(pending);
    this.#pending.clear();
  }

  close(): void {
    clearInterval(this.#timer);
    this.flush();
  }

  #write(pending: Pending): void {
    const count = pending.seqs.count;
    if (count === 0) return;
    this.audit.record({
      actor: pending.actor,
      action: 'event.stream',
      targetType: 'event',
      outcome: 'success',
      detail: { count, seqRuns: pending.seqs.take() },
    });
  }
}
