import { isRestrictedTlp } from '@tidewatch/domain';
import type { Releasability } from '@tidewatch/contracts';
import type { RequestContext } from '../context.ts';
import { ServiceError, type FieldIssue } from '../errors.ts';

/**
 * The checks ingest applies to events, for any releasable item an agency creates (watchlists, areas,
 * consignments): named agencies exist, the owner is an active member of every named group, RED never goes to
 * a group (REL-4), and the owner is not listed as its own recipient.
 */
export async function checkReleasability(
  ctx: RequestContext,
  owner: string,
  r: Releasability,
  prefix = 'releasability',
): Promise<void> {
  const issues: FieldIssue[] = [];
  if (r.tlp === 'RED' && r.sharingGroups.length > 0)
    issues.push({ path: `${prefix}.sharingGroups`, message: 'TLP:RED goes to named recipient agencies only' });
  if (r.recipients.includes(owner))
    issues.push({
      path: `${prefix}.recipients`,
      message: 'the owning agency always reads its own items; do not list it',
    });
  const known = new Set(await ctx.agencies.existing([...r.recipients]));
  r.recipients.forEach((code, i) => {
    if (!known.has(code)) issues.push({ path: `${prefix}.recipients.${i}`, message: `unknown agency ${code}` });
  });
  if (r.sharingGroups.length > 0) {
    const groups = new Set(await ctx.sharingGroups.activeGroupsOf(owner));
    r.sharingGroups.forEach((g, i) => {
      if (!groups.has(g))
        issues.push({
          path: `${prefix}.sharingGroups.${i}`,
          message: `${owner} is not an active member of sharing group ${g}`,
        });
    });
  }
  if (issues.length > 0) throw new ServiceError('unprocessable', `${issues[0]?.path}: ${issues[0]?.message}`, issues);
}

/** AUD-1: reads of AMBER, AMBER+STRICT or RED data are audited. */
export function auditRestrictedRead(
  ctx: RequestContext,
  action: string,
  targetType: string,
  items: readonly { id: string; tlp: string }[],
): void {
  const restricted = items.filter((i) => isRestrictedTlp(i.tlp));
  if (restricted.length === 0) return;
  ctx.audit.record({
    actor: ctx.actor,
    action,
    targetType,
    ...(restricted.length === 1 ? { targetId: restricted[0]?.id } : {}),
    outcome: 'success',
    detail: { ids: restricted.map((i) => i.id).slice(0, 200) },
  });
}
