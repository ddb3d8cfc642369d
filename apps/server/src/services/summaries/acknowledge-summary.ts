import { AcknowledgeSummaryInput, type DailySummary } from '@tidewatch/contracts';
import { forbidden, notFound, validationError } from '../errors.ts';
import { loadSummary, parseSummaryDate } from './summary-access.ts';
import type { SummaryContext } from './summary-context.ts';

/**
 * A commander (or supervisor) acknowledges having read one revision of the day's summary: who and when are
 * stored, and the acknowledgement is audited (AUD-1). Acknowledging again keeps the first time.
 */
export async function acknowledgeSummary({
  ctx,
  date,
  input,
}: {
  ctx: SummaryContext;
  date: string;
  input: unknown;
}): Promise<DailySummary> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || (actor.role !== 'commander' && actor.role !== 'supervisor')) {
    throw forbidden('only a commander or a supervisor acknowledges a summary');
  }
  const day = parseSummaryDate(date);
  const parsed = AcknowledgeSummaryInput.safeParse(input ?? {});
  if (!parsed.success) throw validationError(parsed.error, 'acknowledgement');
  // Loading first applies the reader's releasability: what they may not read they cannot acknowledge (REL-9).
  const summary = await loadSummary(ctx, day, parsed.data.revision);
  const row = await ctx.summaries.revision(ctx.viewer.agency, day, summary.revision);
  if (!row) throw notFound('summary revision', `${day}#${summary.revision}`);
  const ack = await ctx.summaries.acknowledge({
    summaryId: row.id,
    userId: actor.id,
    userName: actor.displayName,
    acknowledgedAt: ctx.clock.now().toISOString(),
  });
  ctx.audit.record({
    actor,
    action: 'summary.acknowledge',
    targetType: 'summary',
    targetId: row.id,
    outcome: 'success',
    detail: { date: day, revision: row.revision, acknowledgedAt: new Date(ack.acknowledgedAt).toISOString() },
  });
  return loadSummary(ctx, day, summary.revision);
}
