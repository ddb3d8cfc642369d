import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { NewAuditRow } from '@tidewatch/db';

export const AUDIT_SPOOL_FILE = 'audit-spool.jsonl';

function isAuditRow(value: unknown): value is NewAuditRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return ['at', 'actorKind', 'action', 'outcome'].every((k) => typeof row[k] === 'string');
}

async function writeDurably(file: string, text: string, flags: 'a' | 'w'): Promise<void> {
  const handle = await open(file, flags);
  try {
    await handle.appendFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface SpoolContents {
  rows: NewAuditRow[];
  /** Lines that are not a row: the tail of an append cut short by a crash. */
  unreadable: string[];
}

/**
 * AUD-3: audit rows the database cannot take right now, one JSON row a line, appended and fsynced before
 * the writer moves on, so a crash or a kill after that loses none. Rows keep their original `at`.
 */
export class AuditSpool {
  readonly file: string;

  constructor(dir: string) {
    this.file = join(dir, AUDIT_SPOOL_FILE);
  }

  async append(rows: readonly NewAuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    await mkdir(dirname(this.file), { recursive: true });
    // The leading newline ends a line a killed process left half-written, so it cannot swallow these rows.
    await writeDurably(this.file, `\n${rows.map((r) => JSON.stringify(r)).join('\n')}\n`, 'a');
  }

  async read(): Promise<SpoolContents> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { rows: [], unreadable: [] };
      throw err;
    }
    const contents: SpoolContents = { rows: [], unreadable: [] };
    for (const line of text.split('\n')) {
      if (line === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line) as unknown;
      } catch {
        value = undefined;
      }
      if (isAuditRow(value)) contents.rows.push(value);
      else contents.unreadable.push(line);
    }
    return contents;
  }

  /** Leaves exactly these rows in the spool: written aside and renamed over it, so a crash keeps old or new. */
  async replace(rows: readonly NewAuditRow[]): Promise<void> {
    if (rows.length === 0) {
      await rm(this.file, { force: true });
      return;
    }
    const next = `${this.file}.next`;
    await writeDurably(next, rows.map((r) => `${JSON.stringify(r)}\n`).join(''), 'w');
    await rename(next, this.file);
  }
}
