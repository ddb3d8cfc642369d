import { cleanAuditRow, type AuditFilter, type AuditRepository, type AuditRow, type NewAuditRow } from '@tidewatch/db';
import type { Logger } from '../logger.ts';
import { refusedByDatabase, refusedForm } from './audit-refusal.ts';
import type { AuditSpool } from './audit-spool.ts';
import { systemScheduler, type Scheduler, type Timer } from '../time/scheduler.ts';

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

/** What verbs record through: the node's buffered trail, or the rows of one unit of work (unit-of-work.ts). */
export interface AuditLog {
  record(entry: AuditEntry): void;
  /** Recorded rows are written before it resolves (so a search that follows finds them). */
  flush(): Promise<void>;
  search(filter: AuditFilter, limit: number): Promise<AuditRow[]>;
}

/** The stored form of an entry, cleaned so the database takes it (audit-clean.ts). */
export function auditRow(entry: AuditEntry, at: Date): NewAuditRow {
  return cleanAuditRow({
    at: at.toISOString(),
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
}

const FLUSH_EVERY_MS = 500;
const FLUSH_AT_ROWS = 500;
/** While rows wait in the spool, the database is tried again this often even if nothing new is recorded. */
const SPOOL_RETRY_MS = 5_000;
/** Spooled rows go back in batches of this many; the spool is rewritten after each, so a crash repeats little. */
const REPLAY_BATCH = 500;

/**
 * AUD-1, AUD-3. Entries are written in batches (every half second or 500 entries) because reads of AMBER and
 * RED data are audited and arrive at stream rates. No row is ever lost: rows are cleaned before they are
 * stored; a batch the database refuses is retried row by row so one bad row cannot sink the others; and
 * while the database is away rows go to a durable spool that is replayed, in order, when it is back and at
 * the next start. `flush` is awaited at shutdown.
 */
export class AuditTrail implements AuditLog {
  #buffer: NewAuditRow[] = [];
  #timer: Timer | undefined;
  #flushing: Promise<void> = Promise.resolve();
  /** Rows may be waiting in the spool (true until a replay finds it empty, e.g. one left by the last run). */
  #spoolPending: boolean;

  constructor(
    private readonly repo: AuditRepository,
    private readonly log: Logger,
    private readonly now: () => Date,
    private readonly spool?: AuditSpool,
    private readonly scheduler: Scheduler = systemScheduler,
  ) {
    this.#spoolPending = spool !== undefined;
  }

  record(entry: AuditEntry): void {
    this.#buffer.push(auditRow(entry, this.now()));
    if (this.#buffer.length >= FLUSH_AT_ROWS) void this.flush();
    else this.#timer ??= this.scheduler.setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
  }

  search(filter: AuditFilter, limit: number): Promise<AuditRow[]> {
    return this.repo.search(filter, limit);
  }

  /** Writes what is buffered (after whatever the spool holds, to keep the order); at start it replays the spool. */
  flush(): Promise<void> {
    this.scheduler.clear(this.#timer);
    this.#timer = undefined;
    const rows = this.#buffer;
    this.#buffer = [];
    this.#flushing = this.#flushing.then(async () => {
      try {
        await this.#write(rows);
      } catch (err) {
        // Only the spool itself failing (disk full, no permission) gets here: the log is the last copy.
        this.log.error({ err, rows }, 'could not write or spool audit rows');
      }
      if (this.#spoolPending && this.#timer === undefined) {
        // Retrying alone must not keep a stopping process alive; shutdown's flush spools what is left.
        this.#timer = this.scheduler.setTimeout(() => void this.flush(), SPOOL_RETRY_MS).unref();
      }
    });
    return this.#flushing;
  }

  async #write(rows: NewAuditRow[]): Promise<void> {
    if (this.#spoolPending && !(await this.#replaySpool())) {
      // Older rows are still waiting: newer ones queue behind them.
      await this.#toSpool(rows);
      return;
    }
    const unwritten = await this.#store(rows);
    if (unwritten.length > 0) await this.#toSpool(unwritten);
  }

  /** Stores rows in order; answers those the database could not take because it is unavailable, in order. */
  async #store(rows: NewAuditRow[]): Promise<NewAuditRow[]> {
    if (rows.length === 0) return [];
    try {
      await this.repo.append(rows);
      return [];
    } catch (err) {
      if (refusedByDatabase(err) === undefined) return rows;
      this.log.warn({ err, rows: rows.length }, 'the database refused an audit batch; writing it row by row');
    }
    for (const [i, row] of rows.entries()) {
      try {
        await this.repo.append([row]);
      } catch (err) {
        const state = refusedByDatabase(err);
        if (state === undefined) return rows.slice(i);
        this.log.error(
          { err, row },
          'the database refused an audit row; storing who, what and when without its detail',
        );
        try {
          await this.repo.append([refusedForm(row, state)]);
        } catch (again) {
          if (refusedByDatabase(again) === undefined) return rows.slice(i);
          this.log.error({ err: again, row }, 'the database refused an audit row twice; it survives only in this log');
        }
      }
    }
    return [];
  }

  async #toSpool(rows: NewAuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    if (!this.spool) {
      this.log.error(
        { rows },
        'the database is unavailable and no audit spool is configured; these rows survive only in this log',
      );
      return;
    }
    await this.spool.append(rows);
    this.#spoolPending = true;
    this.log.warn({ rows: rows.length, spool: this.spool.file }, 'the database is unavailable; audit rows spooled');
  }

  /** Replays the spool into the database, in order; true when it is empty afterwards. */
  async #replaySpool(): Promise<boolean> {
    if (!this.spool) return true;
    const { rows, unreadable } = await this.spool.read();
    let done = 0;
    while (done < rows.length) {
      const batch = rows.slice(done, done + REPLAY_BATCH);
      const unwritten = await this.#store(batch);
      // Nothing written (the database is still away): the spool stays as it is, unread lines included.
      if (unwritten.length === batch.length) return false;
      done += batch.length - unwritten.length;
      await this.#rewriteSpool(rows.slice(done), unreadable);
      if (unwritten.length > 0) return false;
    }
    if (rows.length === 0 && unreadable.length > 0) await this.#rewriteSpool([], unreadable);
    if (rows.length > 0) this.log.info({ rows: rows.length }, 'spooled audit rows written to the database');
    this.#spoolPending = false;
    return true;
  }

  async #rewriteSpool(rows: NewAuditRow[], unreadable: string[]): Promise<void> {
    // A line cut short by a crash mid-append cannot be parsed back into a row; the log keeps it as it was.
    if (unreadable.length > 0)
      this.log.error({ lines: unreadable }, 'unreadable lines dropped from the audit spool (an append cut short)');
    unreadable.length = 0;
    await this.spool?.replace(rows);
  }
}
