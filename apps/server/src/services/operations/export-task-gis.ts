import type { GisFormat } from '@tidewatch/contracts';
import { taskLayer } from '@tidewatch/domain';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { writeGisFile, type GisFile } from '../gis/gis-file.ts';
import type { OperationsServices } from './ops-services.ts';
import { targetReleasable, toTask } from './task-view.ts';
import { toUnit, unitReleasable } from './unit-view.ts';

/**
 * GIS-7: a task with its intercept as GeoJSON or KML, for whoever may read the task (OPSU-6: both its unit and
 * its target) and export; anyone else gets the 404 of a task that does not exist. Audited as an export (AUD-1).
 */
export async function exportTaskGis({
  ctx,
  ops,
  id,
  format,
}: {
  ctx: RequestContext;
  ops: OperationsServices;
  id: string;
  format: GisFormat;
}): Promise<GisFile> {
  requirePermission(ctx, 'events:export');
  const found = await ctx.units.getTaskVisible(id, viewerScope(ctx.viewer));
  if (!found) throw notFound('task', id);
  const nowMs = ctx.clock.now().getTime();
  const task = toTask(found.task, found.unit, ops, nowMs);
  const unit = toUnit(found.unit, ops, nowMs);
  const layer = taskLayer(
    task,
    { ...unit, tlp: unitReleasable(found.unit).tlp },
    targetReleasable(found.task).tlp,
    nowMs,
  );
  const file = writeGisFile(layer, format, `task-${task.unitCallSign.replace(/[^\w-]+/g, '_')}`);
  ctx.audit.record({
    actor: ctx.actor,
    action: 'task.export',
    targetType: 'task',
    targetId: task.id,
    outcome: 'success',
    detail: { format, rows: file.features, restrictedRows: file.restrictedFeatures },
  });
  return file;
}
