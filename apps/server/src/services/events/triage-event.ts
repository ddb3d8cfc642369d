import { z } from 'zod';
import { TriageStatus, type IntelEvent } from '@tidewatch/contracts';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError, forbidden, notFound, validationError } from '../errors.ts';

export const TriageInput = z
  .object({
    status: TriageStatus.optional(),
    assigneeId: z.uuid().nullable().optional(),
    baseVersion: z.number().int().positive(),
  })
  .strict()
  .refine((t) => t.status !== undefined || t.assigneeId !== undefined, 'change the status, the assignee or both');
export type TriageInput = z.infer<typeof TriageInput>;

/**
 * Sets an event's triage status and assignee under optimistic concurrency; a stale edit gets 409 with the
 * current state. AUTH-10: the triage is the owning agency's; a reader of a shared event may not change it.
 */
export async function triageEvent({
  ctx,
  id,
  input,
}: {
  ctx: RequestContext;
  id: string;
  input: unknown;
}): Promise<IntelEvent> {
  requirePermission(ctx, 'events:triage');
  const parsed = TriageInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'triage');
  const scope = viewerScope(ctx.viewer);
  const current = await ctx.events.getById(id, scope);
  if (!current) throw notFound('event', id);
  // 403, not 404: this reader may read the event, so saying whose it is reveals nothing new.
  if (current.ownerAgency !== ctx.actor.agency) {
    ctx.audit.record({
      actor: ctx.actor,
      action: 'event.triage',
      targetType: 'event',
      targetId: id,
      outcome: 'denied',
    });
    throw forbidden(`only ${current.ownerAgency}, the owning agency, triages this event`);
  }
  if (parsed.data.assigneeId) {
    const assignee = await ctx.users.findById(parsed.data.assigneeId);
    if (!assignee || assignee.agencyCode !== ctx.actor.agency) {
      throw new ServiceError('unprocessable', 'assigneeId: not a user of your agency', [
        { path: 'assigneeId', message: 'not a user of your agency' },
      ]);
    }
  }
  const updated = await ctx.events.updateTriage(
    id,
    { status: parsed.data.status, assigneeId: parsed.data.assigneeId },
    parsed.data.baseVersion,
  );
  if (!updated) {
    const latest = await ctx.events.getById(id, scope);
    ctx.audit.record({
      actor: ctx.actor,
      action: 'event.triage',
      targetType: 'event',
      targetId: id,
      outcome: 'conflict',
    });
    throw new ServiceError('conflict', `the event changed since version ${parsed.data.baseVersion}`, [], {
      current: latest,
    });
  }
  ctx.audit.record({
    actor: ctx.actor,
    action: 'event.triage',
    targetType: 'event',
    targetId: id,
    outcome: 'success',
    detail: { status: updated.status, assigneeId: updated.assigneeId, version: updated.version },
  });
  ctx.realtime.eventTriaged(updated);
  return updated;
}
