import type { AuditFilter, AuditRepository, AuditRow, NewAuditRow } from '@tidewatch/db';
import type { Logger } from '../logger.ts';

/** Who did it: every Actor fits, and so does an anonymous login attempt. */
export interface AuditActor {
  kind: string;
  id: string | null;
  name: string;
  agency: string | null;
}

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  targetType?: string | undefined;
  targetId?: string | undefined;
  outcome: 'success' | 'failure' | 'denied' | 'conflict';
  detail?: Record<string, unknown> | undefined;
}

const FLUSH_EVERY_MS = 500;
const FLUSH_AT_ROWS = 500;

/**
 * AUD-1. Entries are written in batches (every half second or 500 entries) because reads of AMBER and RED
 * data are audited and arrive at stream rates; `flush` is awaited at shutdown so none are lost.
 */
export class AuditTrail {
  #buffer: NewAuditRow[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly repo: AuditRepository,
    private readonly log: Logger,
    private readonly now: () => Date,
  ) {}

  record(entry: AuditEntry): void {
    this.#buffer.push({
      at: this.now().toISOString(),
      actorKind: entry.actor.kind,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      agency: entry.actor.agency,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      outcome: entry.outcome,
      detail: entry.detail ?? {},
    });
    if (this.#buffer.length >= FLUSH_AT_ROWS) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
  }

  search(filter: AuditFilter, limit: number): Promise<AuditRow[]> {
    return this.repo.search(filter, limit);
  }

  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const rows = this.#buffer;
    this.#buffer = [];
    this.#flushing = this.#flushing.then(async () => {
      if (rows.length === 0) return;
      try {
        await this.repo.append(rows);
      } catch (err) {
        // Never drop audit rows silently: log them whole so they can be recovered from the log.
        this.log.error({ err, rows }, 'could not write audit rows');
      }
    });
    return this.#flushing;
  }
}
