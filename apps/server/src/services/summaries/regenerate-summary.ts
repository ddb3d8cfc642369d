import type { SummaryRegenerated } from '@tidewatch/contracts';
import { hasPermission } from '../../auth/actor.ts';
import { viewerScope } from '../../auth/actor.ts';
import { forbidden } from '../errors.ts';
import { storeSummaryRevision } from './store-revision.ts';
import { loadSummary, parseSummaryDate, requireDayOver } from './summary-access.ts';
import type { SummaryContext } from './summary-context.ts';

/** Who may ask for a recount: people who work the data (analysts, supervisors, commanders) and write keys. */
function mayRegenerate(ctx: SummaryContext): boolean {
  const a = ctx.actor;
  if (a.kind === 'user') return a.role === 'analyst' || a.role === 'supervisor' || a.role === 'commander';
  return a.kind === 'system' || (a.kind === 'api_key' && hasPermission(a, 'events:write'));
}

/**
 * Recounts a day for the caller's agency. Nothing is overwritten: when the figures moved (late data, a new
 * annotation, a triage) the result is stored as revision n+1 listing what changed; otherwise `changed` is
 * false. A day without a summary yet gets its first one.
 */
export async function regenerateSummary({
  ctx,
  date,
}: {
  ctx: SummaryContext;
  date: string;
}): Promise<SummaryRegenerated> {
  if (!mayRegenerate(ctx)) throw forbidden(`${ctx.actor.kind} ${ctx.actor.name} may not regenerate summaries`);
  const day = parseSummaryDate(date);
  requireDayOver(ctx, day);
  const result = await storeSummaryRevision(ctx, ctx.settings, {
    agency: ctx.viewer.agency,
    viewer: viewerScope(ctx.viewer),
    date: day,
    reason: 'regenerated',
    by: ctx.actor.name,
    now: ctx.clock.now(),
  });
  ctx.audit.record({
    actor: ctx.actor,
    action: 'summary.regenerate',
    targetType: 'summary',
    targetId: result.row.id,
    outcome: 'success',
    detail: {
      date: day,
      revision: result.row.revision,
      changed: result.changed,
      changes: result.changed ? result.row.changes.length : 0,
    },
  });
  return { changed: result.changed, summary: await loadSummary(ctx, day) };
}
