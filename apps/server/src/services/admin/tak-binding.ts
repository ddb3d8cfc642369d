import { viewerScope } from '../../auth/actor.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError } from '../errors.ts';

/**
 * COT-6: the unit a new credential is bound to. Only a TAK device credential names one, and only a live unit of
 * the credential's own agency (a device moves the unit it reports for, so a partner's unit is never bindable).
 * Answers the unit id, or null for an unbound credential.
 */
export async function takUnitBinding(
  ctx: RequestContext,
  input: { agency: string; kind: string; unitId?: string | undefined },
): Promise<string | null> {
  if (input.unitId === undefined) return null;
  const refuse = (message: string) =>
    new ServiceError('validation_failed', `invalid api key: unitId: ${message}`, [{ path: 'unitId', message }]);
  if (input.kind !== 'tak') throw refuse('only a TAK device credential is bound to a unit');
  const unit = await ctx.units.getVisible(input.unitId, viewerScope({ agency: input.agency, groups: new Set() }));
  if (!unit || unit.ownerAgency !== input.agency || unit.retiredAt !== null)
    throw refuse(`no unit ${input.unitId} of ${input.agency}`);
  return unit.id;
}
