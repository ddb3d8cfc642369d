import type { GisFormat, IntelEvent } from '@tidewatch/contracts';
import { eventsLayer } from '@tidewatch/domain';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError } from '../errors.ts';
import { readablePages } from '../events/export-events.ts';
import { eventFilterFor } from '../events/query-events.ts';
import { GIS_MAX_FEATURES, writeGisFile, type GisFile } from './gis-file.ts';

/**
 * The events the viewer may read (REL-8) under the same filters as the events list and export, as a GeoJSON
 * or KML file of points; audited as an export (AUD-1). Over GIS_MAX_FEATURES matching is refused (422) with
 * the limit, rather than cut short silently.
 */
export async function exportEventsGis({
  ctx,
  query,
  format,
}: {
  ctx: RequestContext;
  query: Record<string, string>;
  format: GisFormat;
}): Promise<GisFile> {
  requirePermission(ctx, 'events:export');
  const { filter } = eventFilterFor(ctx, { ...query, limit: undefined, cursor: undefined });
  const events: IntelEvent[] = [];
  for await (const page of readablePages(ctx, filter, GIS_MAX_FEATURES + 1)) events.push(...page);
  if (events.length > GIS_MAX_FEATURES) {
    const reason = `more than ${GIS_MAX_FEATURES} events match; narrow the filter (from, to, bbox, kind, q)`;
    throw new ServiceError('validation_failed', reason, [{ path: 'query', message: reason }]);
  }
  const file = writeGisFile(eventsLayer(events, ctx.clock.now().getTime()), format, 'events');
  ctx.audit.record({
    actor: ctx.actor,
    action: 'event.export',
    outcome: 'success',
    detail: { format, rows: file.features, restrictedRows: file.restrictedFeatures, query },
  });
  return file;
}
