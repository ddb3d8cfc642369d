import { SummaryListQuery, SummaryRevisionQuery, type DailySummary, type SummaryList } from '@tidewatch/contracts';
import { requirePermission } from '../auth/principal.ts';
import { validationError } from '../errors.ts';
import { auditSummaryRead, loadSummary, parseSummaryDate } from './summary-access.ts';
import type { SummaryContext } from './summary-context.ts';

/** The reader's agency's summaries, newest day first, latest revision of each (REL-8). */
export async function listSummaries({ ctx, query }: { ctx: SummaryContext; query: unknown }): Promise<SummaryList> {
  requirePermission(ctx, 'events:read');
  const parsed = SummaryListQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const q = parsed.data;
  const agency = ctx.viewer.agency;
  const rows = (await ctx.summaries.listLatest(agency, { from: q.from, to: q.to }, q.limit)).filter((r) =>
    r.viewerGroups.every((g) => ctx.viewer.groups.has(g)),
  );
  const acked = new Set((await ctx.summaries.acknowledgementsOf(rows.map((r) => r.id))).map((a) => a.summaryId));
  return {
    agency,
    items: rows.map((r) => ({
      date: r.summaryDate,
      latestRevision: r.revision,
      periodStart: new Date(r.periodStart).toISOString(),
      periodEnd: new Date(r.periodEnd).toISOString(),
      generatedAt: new Date(r.generatedAt).toISOString(),
      seizuresTotal: r.content.headline.seizuresTotal.count,
      openHighSeverity: r.content.headline.openHighSeverity,
      acknowledged: acked.has(r.id),
    })),
  };
}

export async function getSummary({
  ctx,
  date,
  query,
}: {
  ctx: SummaryContext;
  date: string;
  query: unknown;
}): Promise<DailySummary> {
  requirePermission(ctx, 'events:read');
  const day = parseSummaryDate(date);
  const parsed = SummaryRevisionQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const summary = await loadSummary(ctx, day, parsed.data.revision);
  auditSummaryRead(ctx, 'summary.read', summary);
  return summary;
}

/** Every revision of a day, oldest first, each with what changed against the one before. */
export async function listSummaryRevisions({
  ctx,
  date,
}: {
  ctx: SummaryContext;
  date: string;
}): Promise<DailySummary[]> {
  requirePermission(ctx, 'events:read');
  const day = parseSummaryDate(date);
  const latest = await loadSummary(ctx, day);
  const revisions: DailySummary[] = [];
  for (let n = 1; n <= latest.latestRevision; n++) {
    try {
      revisions.push(n === latest.revision ? latest : await loadSummary(ctx, day, n));
    } catch {
      // A revision counted in a scope the agency no longer has is left out (REL-10).
    }
  }
  for (const r of revisions) auditSummaryRead(ctx, 'summary.read', r);
  return revisions;
}
