import { GisVesselQuery, type GisFormat, type VesselSummary } from '@tidewatch/contracts';
import { inBbox, trackLayer, vesselsLayer } from '@tidewatch/domain';
import { requirePermission } from '../services/auth/principal.ts';
import type { RequestContext } from '../services/context.ts';
import { ServiceError, validationError } from '../services/errors.ts';
import { GIS_MAX_FEATURES, writeGisFile, type GisFile } from '../services/gis/gis-file.ts';
import type { VesselContext } from './vessel-context.ts';
import { toSummary } from './vessel-dto.ts';
import { getVesselCard, getVesselTrack } from './vessel-queries.ts';

/**
 * The vessels of the live picture in a view, as points (GIS-3); audited as an export (AUD-1). AIS is
 * readable by anyone who may read the picture, so the only limit is the size: over GIS_MAX_FEATURES in the
 * view is refused (422), to be narrowed.
 */
export function exportVesselsGis({
  ctx,
  principal,
  query,
  format,
}: {
  ctx: VesselContext;
  principal: RequestContext;
  query: unknown;
  format: GisFormat;
}): GisFile {
  requirePermission(principal, 'events:export');
  const parsed = GisVesselQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const { minLon, minLat, maxLon, maxLat } = parsed.data.bbox;
  const bbox = [minLon, minLat, maxLon, maxLat] as const;
  const vessels: VesselSummary[] = [];
  for (const v of ctx.picture.values()) {
    if (!inBbox(v, bbox)) continue;
    if (vessels.length === GIS_MAX_FEATURES) {
      const reason = `more than ${GIS_MAX_FEATURES} vessels in the view; zoom in`;
      throw new ServiceError('validation_failed', reason, [{ path: 'bbox', message: reason }]);
    }
    vessels.push(toSummary(v));
  }
  const file = writeGisFile(vesselsLayer(vessels, ctx.clock.now().getTime()), format, 'vessels');
  principal.audit.record({
    actor: principal.actor,
    action: 'vessel.export',
    outcome: 'success',
    detail: { format, rows: file.features, bbox: bbox.join(',') },
  });
  return file;
}

/** A vessel's stored track over a window (the track endpoint's query), as a timed line; audited. */
export async function exportTrackGis({
  ctx,
  principal,
  mmsi,
  query,
  format,
}: {
  ctx: VesselContext;
  principal: RequestContext;
  mmsi: string;
  query: unknown;
  format: GisFormat;
}): Promise<GisFile> {
  requirePermission(principal, 'events:export');
  const card = await getVesselCard({ ctx, principal, mmsi });
  const track = await getVesselTrack({ ctx, principal, mmsi, query });
  const file = writeGisFile(
    trackLayer({ mmsi: card.mmsi, name: card.name }, track.points, ctx.clock.now().getTime()),
    format,
    `track-${card.mmsi}`,
  );
  principal.audit.record({
    actor: principal.actor,
    action: 'vessel.track.export',
    outcome: 'success',
    targetType: 'vessel',
    targetId: String(card.mmsi),
    detail: { format, points: track.points.length, from: track.from, to: track.to },
  });
  return file;
}
