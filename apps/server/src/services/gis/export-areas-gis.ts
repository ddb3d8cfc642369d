import type { GisFormat } from '@tidewatch/contracts';
import { areasLayer } from '@tidewatch/domain';
import { listAreas } from '../alerts/manage-areas.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { writeGisFile, type GisFile } from './gis-file.ts';

/** The areas of interest the viewer may read (REL-8), as polygons; audited as an export (AUD-1). */
export async function exportAreasGis({ ctx, format }: { ctx: RequestContext; format: GisFormat }): Promise<GisFile> {
  requirePermission(ctx, 'events:export');
  const areas = await listAreas({ ctx });
  const file = writeGisFile(areasLayer(areas, ctx.clock.now().getTime()), format, 'areas');
  ctx.audit.record({
    actor: ctx.actor,
    action: 'area.export',
    outcome: 'success',
    detail: { format, rows: file.features, restrictedRows: file.restrictedFeatures },
  });
  return file;
}
