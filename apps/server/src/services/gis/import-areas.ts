import { AreaImportInput, type AreaImportResult, type ImportedAreaRow } from '@tidewatch/contracts';
import { planAreaImport } from '@tidewatch/domain';
import { createArea } from '../alerts/manage-areas.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError, validationError } from '../errors.ts';
import { checkReleasability } from '../watchlists/check-releasability.ts';
import { readAreaFile } from './read-area-file.ts';

/**
 * Areas of interest from a GeoJSON or KML file (GIS-5). Each polygon the file holds is checked as a drawn
 * area is (DATA-2); each feature refused is named with its index and the reason. A preview (`dryRun`, the
 * default) answers what would be accepted and refused and creates nothing; otherwise every accepted area is
 * created through the area service, owned by the caller's agency under the label the caller chose.
 */
export async function importAreas({ ctx, input }: { ctx: RequestContext; input: unknown }): Promise<AreaImportResult> {
  requirePermission(ctx, 'events:write');
  const parsed = AreaImportInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'import');
  const { format, content, releasability, dryRun } = parsed.data;
  // The label is checked before anything else, so a preview already says when it would be refused.
  await checkReleasability(ctx, ctx.actor.agency, releasability);
  const plan = planAreaImport(readAreaFile(format, content));
  if ('error' in plan)
    throw new ServiceError('validation_failed', `invalid content: ${plan.error}`, [
      { path: 'content', message: plan.error },
    ]);
  if (plan.accepted.length === 0 && plan.refused.length === 0) {
    const reason = 'the file holds no features';
    throw new ServiceError('validation_failed', `invalid content: ${reason}`, [{ path: 'content', message: reason }]);
  }
  const accepted: ImportedAreaRow[] = [];
  for (const area of plan.accepted) {
    if (dryRun) {
      accepted.push(area);
      continue;
    }
    const created = await createArea({ ctx, input: { name: area.name, ring: area.ring, releasability } });
    accepted.push({ ...area, id: created.id });
  }
  if (!dryRun) {
    ctx.audit.record({
      actor: ctx.actor,
      action: 'area.import',
      outcome: 'success',
      detail: { format, accepted: accepted.length, refused: plan.refused.length, tlp: releasability.tlp },
    });
  }
  return { dryRun, accepted, refused: plan.refused };
}
