import type { IntelEvent } from '@tidewatch/contracts';
import type { EventFilter } from '@tidewatch/db';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { csvLine } from '../csv/csv.ts';
import { eventFilterFor } from './query-events.ts';

const PAGE = 1000;
export const EXPORT_MAX_ROWS = 100_000;

const CSV_COLUMNS = [
  'id',
  'seq',
  'kind',
  'title',
  'occurredAt',
  'reportedAt',
  'ownerAgency',
  'tlp',
  'recipients',
  'severity',
  'lat',
  'lon',
  'place',
  'commodity',
  'quantity',
  'unit',
  'status',
] as const;

function csvRow(e: IntelEvent): string {
  return csvLine([
    e.id,
    e.seq,
    e.kind,
    e.title,
    e.occurredAt,
    e.reportedAt,
    e.ownerAgency,
    e.releasability.tlp,
    e.releasability.recipients.join(' '),
    e.severity,
    e.position?.lat,
    e.position?.lon,
    e.place,
    e.seizure?.commodity,
    e.seizure?.quantity,
    e.seizure?.unit,
    e.status,
  ]);
}

/**
 * Streams the events the viewer may read (REL-8) that match the filters, as CSV or NDJSON, newest first,
 * and records the export with its size (AUD-1).
 */
export async function* exportEvents({
  ctx,
  query,
  format,
}: {
  ctx: RequestContext;
  query: Record<string, string>;
  format: 'csv' | 'ndjson';
}): AsyncGenerator<string> {
  requirePermission(ctx, 'events:export');
  const { filter } = eventFilterFor(ctx, { ...query, limit: undefined, cursor: undefined });
  let exported = 0;
  let restricted = 0;
  try {
    if (format === 'csv') yield csvLine(CSV_COLUMNS);
    for await (const page of readablePages(ctx, filter, EXPORT_MAX_ROWS)) {
      for (const e of page) {
        if (e.releasability.tlp !== 'CLEAR' && e.releasability.tlp !== 'GREEN') restricted++;
        yield format === 'csv' ? csvRow(e) : `${JSON.stringify(e)}\n`;
      }
      exported += page.length;
    }
  } finally {
    ctx.audit.record({
      actor: ctx.actor,
      action: 'event.export',
      outcome: 'success',
      detail: { format, rows: exported, restrictedRows: restricted, query },
    });
  }
}

/**
 * The events a filter (already scoped to the viewer, REL-8) matches, newest first, page by page, at most
 * `maxRows` in all: every export format reads them this way.
 */
export async function* readablePages(
  ctx: RequestContext,
  filter: EventFilter,
  maxRows: number,
): AsyncGenerator<IntelEvent[]> {
  let read = 0;
  let beforeSeq: number | undefined;
  while (read < maxRows) {
    const page = await ctx.events.list({ ...filter, beforeSeq }, Math.min(PAGE, maxRows - read));
    if (page.length === 0) return;
    yield page;
    read += page.length;
    beforeSeq = page.at(-1)?.seq;
    if (page.length < PAGE) return;
  }
}
