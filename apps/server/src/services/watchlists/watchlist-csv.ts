import {
  WATCHLIST_CSV_COLUMNS,
  WatchlistEntryInput,
  type ImportRowDuplicate,
  type ImportRowError,
  type ParsedWatchlistEntryInput,
  type WatchlistImportResult,
} from '@tidewatch/contracts';
import { entryIdentityKey } from '@tidewatch/domain';
import { viewerScope } from '../../auth/actor.ts';
import { actorLabel, type IntelRequestContext } from '../intel-context.ts';
import { requirePermission } from '../auth/principal.ts';
import { ServiceError, notFound } from '../errors.ts';
import { csvLine, headerIndex, parseCsv } from '../csv/csv.ts';
import { entryRow, ownedList } from './manage-entries.ts';
import { toEntry, toWatchlist } from './watchlist-dto.ts';
import { issuesFromZod } from '../errors.ts';

const FIELD: Record<(typeof WATCHLIST_CSV_COLUMNS)[number], string> = {
  kind: 'kind',
  mmsi: 'mmsi',
  imo: 'imo',
  name: 'name',
  call_sign: 'callSign',
  container_number: 'containerNumber',
  country: 'country',
  reason: 'reason',
  expires_at: 'expiresAt',
};

export const MAX_IMPORT_ROWS = 100_000;

/**
 * CSV import into a list. Every bad row is reported with its line and reason; the good rows are written
 * together in one transaction with their history, so an import is never half written (if the write fails,
 * nothing of it is stored). A file whose header is wrong imports nothing. Idempotent per list: a row whose
 * subject (kind and normalised identifiers) is already a live entry, or an earlier line of the file, is
 * skipped and reported as a duplicate.
 */
export async function importWatchlistCsv({
  ctx,
  watchlistId,
  csv,
}: {
  ctx: IntelRequestContext;
  watchlistId: string;
  csv: string;
}): Promise<WatchlistImportResult> {
  requirePermission(ctx, 'events:write');
  const list = await ownedList(ctx, watchlistId);
  const [header, ...rows] = parseCsv(csv);
  if (!header)
    throw new ServiceError('unprocessable', 'the CSV is empty; the first line names the columns', [
      { path: 'line 1', message: 'missing header' },
    ]);
  const { index, problems } = headerIndex(header.cells, WATCHLIST_CSV_COLUMNS);
  if (!index.has('kind') || !index.has('reason'))
    problems.push('the header needs at least the columns kind and reason');
  if (problems.length > 0)
    throw new ServiceError(
      'unprocessable',
      `line 1: ${problems.join('; ')}`,
      problems.map((message) => ({ path: 'line 1', message })),
    );
  if (rows.length > MAX_IMPORT_ROWS)
    throw new ServiceError('unprocessable', `at most ${MAX_IMPORT_ROWS} rows per import`);

  const good: { line: number; input: ParsedWatchlistEntryInput }[] = [];
  const errors: ImportRowError[] = [];
  for (const row of rows) {
    if (row.cells.length > header.cells.length) {
      errors.push({ line: row.line, reason: `${row.cells.length} cells for ${header.cells.length} columns` });
      continue;
    }
    const raw: Record<string, string> = {};
    for (const [column, i] of index) {
      const value = row.cells[i]?.trim() ?? '';
      if (value !== '') raw[FIELD[column as keyof typeof FIELD]] = value;
    }
    const parsed = WatchlistEntryInput.safeParse(raw);
    if (parsed.success) good.push({ line: row.line, input: parsed.data });
    else
      errors.push({
        line: row.line,
        reason: issuesFromZod(parsed.error)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; '),
      });
  }
  // Within the file the first row of a subject stands; a later one names the line it repeats.
  const duplicates: ImportRowDuplicate[] = [];
  const firstLine = new Map<string, number>();
  const distinct: typeof good = [];
  for (const g of good) {
    const key = entryIdentityKey(g.input);
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, g.line);
      distinct.push(g);
    } else
      duplicates.push({ line: g.line, reason: `duplicate of line ${first}`, entryId: null, duplicateOfLine: first });
  }
  const at = ctx.clock.now().toISOString();
  const by = actorLabel(ctx);
  const { created, duplicates: existing } = await ctx.watchlists.insertNewEntries(
    list.id,
    distinct.map((g) => entryRow(g.input, list.id, by, at)),
    entryIdentityKey,
    'import',
    by,
    at,
  );
  for (const { index, entryId } of existing) {
    const line = distinct[index]?.line ?? 0;
    duplicates.push({ line, reason: `duplicate of entry ${entryId}`, entryId, duplicateOfLine: null });
  }
  duplicates.sort((a, b) => a.line - b.line);
  for (const row of created) ctx.matcher.apply(row, list);
  ctx.audit.record({
    actor: ctx.actor,
    action: 'watchlist.import',
    targetType: 'watchlist',
    targetId: list.id,
    outcome: 'success',
    detail: { imported: created.length, duplicates: duplicates.length, rejected: errors.length },
  });
  const dto = toWatchlist({ ...list, entryCount: list.entryCount + created.length });
  ctx.intelRealtime.watchlistChanged(dto);
  // Clients re-read the list on a change; per-entry messages for a 100,000-row import would flood them.
  if (created.length <= 100) for (const row of created) ctx.intelRealtime.entryChanged(toEntry(row), dto);
  return { imported: created.length, duplicates, errors };
}

/** CSV export of a readable list's live entries (AUD-1: every export is recorded). */
export async function* exportWatchlistCsv({
  ctx,
  watchlistId,
}: {
  ctx: IntelRequestContext;
  watchlistId: string;
}): AsyncGenerator<string> {
  requirePermission(ctx, 'events:export');
  const viewer = viewerScope(ctx.viewer);
  const list = await ctx.watchlists.getList(watchlistId, viewer);
  if (!list) throw notFound('watchlist', watchlistId);
  yield csvLine(WATCHLIST_CSV_COLUMNS);
  let offset = 0;
  for (;;) {
    const page = await ctx.watchlists.searchEntries(viewer, {
      watchlistId,
      includeRetired: false,
      limit: 1000,
      offset,
    });
    for (const e of page.items)
      yield csvLine([
        e.kind,
        e.mmsi,
        e.imo,
        e.name,
        e.callSign,
        e.containerNumber,
        e.country,
        e.reason,
        e.expiresAt ? new Date(e.expiresAt).toISOString() : null,
      ]);
    offset += page.items.length;
    if (page.items.length < 1000) break;
  }
  ctx.audit.record({
    actor: ctx.actor,
    action: 'watchlist.export',
    targetType: 'watchlist',
    targetId: watchlistId,
    outcome: 'success',
    detail: { rows: offset, tlp: list.tlp },
  });
}
