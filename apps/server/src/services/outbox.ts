import type { NewAuditRow, TransactionScope } from '@tidewatch/db';
import type { Logger } from '../logger.ts';

/**
 * What a unit of work will do once it has committed: notifications to clients and other nodes, and the
 * audit rows it writes just before committing. A unit that rolls back drops its outbox, so nothing is told
 * of work that did not happen.
 */
export class Outbox {
  readonly #effects: { what: string; run: () => void }[] = [];
  readonly #auditRows: NewAuditRow[] = [];

  /** Runs `run` after commit, in the order asked. */
  afterCommit(what: string, run: () => void): void {
    this.#effects.push({ what, run });
  }

  audit(row: NewAuditRow): void {
    this.#auditRows.push(row);
  }

  get auditRows(): readonly NewAuditRow[] {
    return this.#auditRows;
  }

  /** A nested unit (savepoint) that succeeded: its effects and rows become the outer unit's. */
  adopt(child: Outbox): void {
    this.#effects.push(...child.#effects);
    this.#auditRows.push(...child.#auditRows);
  }

  /** After commit: one failing notification does not keep the others from going out. */
  deliver(log: Logger): void {
    for (const effect of this.#effects) {
      try {
        effect.run();
      } catch (err) {
        log.error({ err, effect: effect.what }, 'a notification after commit failed');
      }
    }
  }
}

/** The transaction a context is bound to, and what it will do after commit. */
export interface OpenUnit {
  scope: TransactionScope;
  outbox: Outbox;
}
