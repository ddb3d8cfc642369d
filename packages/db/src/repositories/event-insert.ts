import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { sqlStateOf } from '../errors.ts';
import { auditLog } from '../schema/audit.ts';
import { eventSequence, events, type EventRow } from '../schema/events.ts';
import { cleanAuditRow } from './audit-clean.ts';
import type { NewAuditRow } from './audit.ts';
import type { NewEvent } from './event-mapping.ts';

/** The `event.create` audit row of each event id, written in the insert's own statement (FAULT-2). */
export type CreateAuditRows = ReadonlyMap<string, NewAuditRow>;

/** Every column a new event supplies; the database fills in seq (below), version, assignee and the derived ones. */
const SUPPLIED = [
  'id',
  'kind',
  'title',
  'summary',
  'occurredAt',
  'reportedAt',
  'receivedAt',
  'lat',
  'lon',
  'place',
  'ownerAgency',
  'tlp',
  'recipients',
  'sharingGroups',
  'severity',
  'grading',
  'subjects',
  'seizure',
  'status',
  'originDeployment',
  'stixIds',
] as const satisfies readonly (keyof NewEvent)[];

// A column added to NewEvent but not to SUPPLIED would be dropped silently: make that a compile error.
type Unsupplied = Exclude<keyof NewEvent, (typeof SUPPLIED)[number]>;
const everyColumnSupplied: [Unsupplied] extends [never] ? true : never = true;
void everyColumnSupplied;

const columnNames = SUPPLIED.map((key) => events[key].name);
const insertColumns = sql.raw(columnNames.map((name) => `"${name}"`).join(', '));
const selectColumns = sql.raw(columnNames.map((name) => `r."${name}"`).join(', '));

/** The submitted rows as JSON keyed by column name, which json_populate_recordset maps onto the events row type. */
function asColumnJson(rows: readonly NewEvent[]): string {
  return JSON.stringify(
    rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (const key of SUPPLIED) record[events[key].name] = row[key] ?? null;
      return record;
    }),
  );
}

const AUDIT_COLUMNS = [
  'at',
  'actorKind',
  'actorId',
  'actorName',
  'agency',
  'action',
  'targetType',
  'targetId',
  'outcome',
] as const satisfies readonly (keyof NewAuditRow)[];
const auditInsertColumns = sql.raw(
  [...AUDIT_COLUMNS.map((key) => auditLog[key].name), auditLog.detail.name].map((name) => `"${name}"`).join(', '),
);
const auditSelectColumns = sql.raw(AUDIT_COLUMNS.map((key) => `a."${auditLog[key].name}"`).join(', '));

/** The cleaned audit rows of the events about to be stored, as JSON keyed by column name. */
function auditJson(rows: readonly NewEvent[], createAudit: CreateAuditRows): string {
  const records: Record<string, unknown>[] = [];
  for (const row of rows) {
    const audit = createAudit.get(row.id);
    if (!audit) continue;
    // Joined to its event by target id, so it must name the event it audits whatever the caller wrote.
    const clean = cleanAuditRow({ ...audit, targetId: row.id });
    const record: Record<string, unknown> = { [auditLog.detail.name]: clean.detail ?? {} };
    for (const key of AUDIT_COLUMNS) record[auditLog[key].name] = clean[key] ?? null;
    records.push(record);
  }
  return JSON.stringify(records);
}

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(err: unknown): boolean {
  return sqlStateOf(err) === UNIQUE_VIOLATION;
}

/**
 * Stores the rows whose id is not stored yet (the first copy of an id repeated in `rows`), numbered in
 * submission order. Answers the seq of each row it stored, and the rows found stored already. Each stored
 * event's row in `createAudit` (its detail given the event's `seq`) is written by the same statement: the
 * event and its audit row commit together or not at all, and a row found stored already writes none.
 *
 * The common case, no id stored yet, is one statement: one round trip and one implicit transaction instead of
 * six (begin, lock, check, bump, insert, commit). On PGlite each statement holds the event loop that also
 * delivers the live stream; on PostgreSQL each is a network round trip. The counter row's update lock
 * serialises writers across nodes until commit, so seq order is commit order, and a statement that fails
 * gives its numbers back (STR-1). The same lock orders added_at: the later of the clock and the last batch's, so
 * it never decreases with seq even when nodes' clocks or the database's disagree (TAXII-4). A stored id fails the statement on the primary key, with nothing stored
 * or numbered; the ids stored by then are read, and the rest go again (a retried submission, or another
 * node storing the same id at the same moment).
 */
export async function insertFresh(
  db: Db,
  rows: readonly NewEvent[],
  createAudit: CreateAuditRows = new Map(),
): Promise<FreshInsert> {
  const firstCopies = new Map<string, NewEvent>();
  for (const row of rows) if (!firstCopies.has(row.id)) firstCopies.set(row.id, row);
  let pending = [...firstCopies.values()];
  const stored: EventRow[] = [];
  for (let attempt = 1; pending.length > 0; attempt++) {
    try {
      return { seqById: await insertAll(db, pending, createAudit), stored };
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= MAX_ATTEMPTS) throw err;
    }
    const found = await db
      .select()
      .from(events)
      .where(
        inArray(
          events.id,
          pending.map((row) => row.id),
        ),
      );
    stored.push(...found);
    const foundIds = new Set(found.map((row) => row.id));
    pending = pending.filter((row) => !foundIds.has(row.id));
  }
  return { seqById: new Map(), stored };
}

export interface FreshInsert {
  seqById: Map<string, number>;
  /** Rows whose id was stored before: a retried submission, or another node's write of the same id. */
  stored: EventRow[];
}

/** Each retry follows a writer that stored one of these ids meanwhile, so a few always suffice. */
const MAX_ATTEMPTS = 5;

/**
 * Numbers and stores every row with its audit row, or none when one of their ids is stored already (unique
 * violation) or the database refuses any value. A data-modifying WITH runs to completion whether or not
 * its output is read, so the audit insert needs no reader.
 */
async function insertAll(
  db: Db,
  rows: readonly NewEvent[],
  createAudit: CreateAuditRows,
): Promise<Map<string, number>> {
  const result = await db.execute(sql`
    WITH counter AS (
      UPDATE ${eventSequence} SET value = value + ${rows.length}, added_at = greatest(clock_timestamp(), added_at)
      WHERE id = 1 RETURNING value - ${rows.length} AS base, added_at
    ), inserted AS (
      INSERT INTO ${events} (seq, added_at, ${insertColumns})
      SELECT c.base + r.ordinality, c.added_at, ${selectColumns}
      FROM counter c, json_populate_recordset(NULL::${events}, ${asColumnJson(rows)}::json) WITH ORDINALITY AS r
      RETURNING id, seq
    ), audited AS (
      INSERT INTO ${auditLog} (${auditInsertColumns})
      SELECT ${auditSelectColumns}, a.detail || jsonb_build_object('seq', i.seq)
      FROM inserted i JOIN json_populate_recordset(NULL::${auditLog}, ${auditJson(rows, createAudit)}::json) a
        ON a."${sql.raw(auditLog.targetId.name)}" = i.id
    )
    SELECT id, seq FROM inserted`);
  const stored = new Map<string, number>();
  for (const row of (result as { rows: { id: string; seq: string | number | bigint }[] }).rows)
    stored.set(row.id, Number(row.seq));
  if (stored.size !== rows.length) throw new Error('event_sequence row missing: migrations did not run');
  return stored;
}
