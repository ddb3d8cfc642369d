import { isRestrictedTlp } from '@tidewatch/domain';
import type { IntelEvent } from '@tidewatch/contracts';
import type { RequestContext } from '../context.ts';

/** AUD-1: every read of AMBER, AMBER+STRICT or RED data leaves one audit row per request, naming the ids. */
export function auditRestrictedReads(ctx: RequestContext, action: string, events: readonly IntelEvent[]): void {
  const restricted = events.filter((e) => isRestrictedTlp(e.releasability.tlp));
  if (restricted.length === 0) return;
  ctx.audit.record({
    actor: ctx.actor,
    action,
    targetType: 'event',
    targetId: restricted.length === 1 ? restricted[0]?.id : undefined,
    outcome: 'success',
    detail: { count: restricted.length, ids: restricted.map((e) => e.id) },
  });
}
