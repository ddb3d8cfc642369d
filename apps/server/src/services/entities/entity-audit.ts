import type { Entity } from '@tidewatch/contracts';
import { isRestrictedTlp } from '@tidewatch/domain';
import type { RequestContext } from '../context.ts';

/** AUD-1 for entities: every read of an AMBER, AMBER+STRICT or RED record is in the audit trail (ENT-1). */
export function auditEntityReads(ctx: RequestContext, records: readonly Entity[]): void {
  const restricted = records.filter((e) => isRestrictedTlp(e.releasability.tlp)).map((e) => e.id);
  if (restricted.length === 0) return;
  ctx.audit.record({
    actor: ctx.actor,
    action: 'entity.read',
    targetType: 'entity',
    outcome: 'success',
    detail: { ids: restricted },
  });
}
