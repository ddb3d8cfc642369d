import type { TrendSettings } from '@tidewatch/contracts';
import { requirePermission } from '../auth/principal.ts';
import type { TrendContext } from './trend-context.ts';

/**
 * The operations zone, so a dashboard buckets days, weeks and months where the operation lives (and labels
 * them so) instead of in whatever zone its browser happens to be set to.
 */
export function trendSettings({ ctx }: { ctx: TrendContext }): TrendSettings {
  requirePermission(ctx, 'events:read');
  return { timeZone: ctx.defaultTimeZone };
}
