import { AlertQuery, type DerivedAlert } from '@tidewatch/contracts';
import { viewerScope } from '../../auth/actor.ts';
import type { IntelRequestContext } from '../intel-context.ts';
import { requirePermission } from '../auth/principal.ts';
import { notFound, validationError } from '../errors.ts';
import { auditRestrictedRead } from '../watchlists/check-releasability.ts';
import { toDerivedAlert } from './alert-dto.ts';

/** An alert's parameters and evidence, by any of its event ids; unreadable answers 404 (REL-9). */
export async function getAlert({ ctx, eventId }: { ctx: IntelRequestContext; eventId: string }): Promise<DerivedAlert> {
  requirePermission(ctx, 'events:read');
  const row = await ctx.alerts.getVisible(eventId, viewerScope(ctx.viewer));
  if (!row) throw notFound('alert', eventId);
  auditRestrictedRead(ctx, 'alert.read', 'alert', [row]);
  return toDerivedAlert(row);
}

export async function searchAlerts({
  ctx,
  query,
}: {
  ctx: IntelRequestContext;
  query: Record<string, string>;
}): Promise<DerivedAlert[]> {
  requirePermission(ctx, 'events:read');
  const parsed = AlertQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const rows = await ctx.alerts.search(viewerScope(ctx.viewer), { ...parsed.data, types: parsed.data.type });
  auditRestrictedRead(ctx, 'alert.read', 'alert', rows);
  return rows.map(toDerivedAlert);
}
