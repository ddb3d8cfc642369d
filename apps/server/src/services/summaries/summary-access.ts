import type { DailySummary } from '@tidewatch/contracts';
import { SummaryDate } from '@tidewatch/contracts';
import type { DailySummaryRow } from '@tidewatch/db';
import { localDateOf, summaryPeriod } from '@tidewatch/domain';
import { viewerScope } from '../../auth/actor.ts';
import { notFound, ServiceError } from '../errors.ts';
import { storeSummaryRevision } from './store-revision.ts';
import type { SummaryContext } from './summary-context.ts';
import { toDailySummary } from './summary-dto.ts';

export function parseSummaryDate(date: string): string {
  const parsed = SummaryDate.safeParse(date);
  if (!parsed.success)
    throw new ServiceError('validation_failed', 'a summary date is YYYY-MM-DD', [
      { path: 'date', message: 'YYYY-MM-DD' },
    ]);
  return parsed.data;
}

/** A day whose period has not ended yet has no summary: its figures would still move. */
export function requireDayOver(ctx: SummaryContext, date: string): void {
  const { end } = summaryPeriod(date, ctx.settings.hour, ctx.settings.timeZone);
  if (end > ctx.clock.now()) {
    throw new ServiceError(
      'conflict',
      `the summary of ${date} covers the 24 hours ending ${end.toISOString()}; come back after`,
      [],
      {
        periodEnd: end.toISOString(),
        today: localDateOf(ctx.clock.now(), ctx.settings.timeZone),
      },
    );
  }
}

/** REL-10: a revision counted within agreements the agency has since left must not be shown any more. */
function scopeStillHolds(row: DailySummaryRow, groups: ReadonlySet<string>): boolean {
  return row.viewerGroups.every((g) => groups.has(g));
}

/**
 * The reader's own agency's stored summary of `date` (REL-8: one per agency viewpoint; another agency's is
 * never served). When the agency has since lost an agreement, the latest revision is recomputed in the
 * narrower scope first, and older revisions counted in the wider scope answer 404 (REL-9, REL-10).
 */
export async function loadSummary(ctx: SummaryContext, date: string, revision?: number): Promise<DailySummary> {
  const agency = ctx.viewer.agency;
  let latest = await ctx.summaries.latest(agency, date);
  if (!latest) throw notFound('summary', date);
  if (!scopeStillHolds(latest, ctx.viewer.groups)) {
    const result = await storeSummaryRevision(ctx, ctx.settings, {
      agency,
      viewer: viewerScope(ctx.viewer),
      date,
      reason: 'regenerated',
      by: 'system (releasability changed)',
      now: ctx.clock.now(),
    });
    latest = result.row;
  }
  const row =
    revision === undefined || revision === latest.revision
      ? latest
      : await ctx.summaries.revision(agency, date, revision);
  if (!row || !scopeStillHolds(row, ctx.viewer.groups)) throw notFound('summary revision', `${date}#${revision ?? ''}`);
  const all = await ctx.summaries.revisions(agency, date);
  const acks = await ctx.summaries.acknowledgementsOf(all.map((r) => r.id));
  return toDailySummary(row, latest.revision, acks, new Map(all.map((r) => [r.id, r.revision])));
}

/** AUD-1: reading a summary built on AMBER or RED events is a read of them. */
export function auditSummaryRead(
  ctx: SummaryContext,
  action: string,
  summary: DailySummary,
  detail: Record<string, unknown> = {},
): void {
  if (summary.content.restrictedEvents === 0 && Object.keys(detail).length === 0) return;
  ctx.audit.record({
    actor: ctx.actor,
    action,
    targetType: 'summary',
    targetId: summary.id,
    outcome: 'success',
    detail: {
      date: summary.date,
      revision: summary.revision,
      restrictedEvents: summary.content.restrictedEvents,
      ...detail,
    },
  });
}
