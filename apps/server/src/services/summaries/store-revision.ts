import type { SummaryReason } from '@tidewatch/contracts';
import type { DailySummaryRow, ViewerScope } from '@tidewatch/db';
import { diffSummaries, summaryPeriod } from '@tidewatch/domain';
import { computeSummaryContent } from './compute-summary.ts';
import type { SummarySettings, SummaryStores } from './summary-context.ts';

export interface RevisionResult {
  row: DailySummaryRow;
  /** False when the stored latest revision already said the same (nothing new was stored). */
  changed: boolean;
}

/**
 * Computes `date`'s summary for one agency and stores it as revision 1, or as revision n+1 with what changed
 * when it differs from revision n. Stored revisions are never rewritten: a commander's reading stays put.
 * A revision keeps the period it was first made for, even if SUMMARY_HOUR or SUMMARY_TZ changed since.
 */
export async function storeSummaryRevision(
  stores: SummaryStores,
  settings: SummarySettings,
  input: { agency: string; viewer: ViewerScope; date: string; reason: SummaryReason; by: string; now: Date },
): Promise<RevisionResult> {
  const latest = await stores.summaries.latest(input.agency, input.date);
  const hour = latest?.hour ?? settings.hour;
  const timeZone = latest?.timeZone ?? settings.timeZone;
  const period = summaryPeriod(input.date, hour, timeZone);
  const content = await computeSummaryContent(stores, settings, input.viewer, period);
  const changes = latest ? diffSummaries(latest.content, content) : [];
  if (latest && changes.length === 0 && sameScope(latest.viewerGroups, input.viewer.groups))
    return { row: latest, changed: false };
  const stored = await stores.summaries.insertRevision({
    agency: input.agency,
    summaryDate: input.date,
    revision: (latest?.revision ?? 0) + 1,
    periodStart: period.start.toISOString(),
    periodEnd: period.end.toISOString(),
    timeZone,
    hour,
    viewerGroups: [...input.viewer.groups],
    generatedAt: input.now.toISOString(),
    generatedBy: input.by,
    reason: latest ? input.reason : input.reason === 'late_data' ? 'scheduled' : input.reason,
    content,
    changes,
  });
  if (stored) return { row: stored, changed: true };
  // Another node stored this revision first; theirs stands.
  const winner = await stores.summaries.latest(input.agency, input.date);
  if (!winner) throw new Error(`summary ${input.agency} ${input.date} neither stored nor found`);
  return { row: winner, changed: false };
}

function sameScope(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');
}
