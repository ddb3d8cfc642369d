import { EventEditInput, type IntelEvent } from '@tidewatch/contracts';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError, forbidden, notFound, validationError } from '../errors.ts';
import { agencyIssues, submissionRefusal } from './ingest-events.ts';

/**
 * FED-13: the owning agency edits its event (title, summary, release) under optimistic concurrency; a stale edit
 * gets 409 with the current state. The change is recorded with the new version in one transaction, so partners
 * pull it (a new version, or a tombstone where the release no longer reaches them), and the dashboards that may
 * no longer read the event drop it (FED-14).
 */
export async function editEvent({
  ctx,
  id,
  input,
}: {
  ctx: RequestContext;
  id: string;
  input: unknown;
}): Promise<IntelEvent> {
  requirePermission(ctx, 'events:write');
  const parsed = EventEditInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'edit');
  const edit = parsed.data;
  const scope = viewerScope(ctx.viewer);
  const current = await ctx.events.getById(id, scope);
  if (!current) throw notFound('event', id);
  // 403, not 404: this reader may read the event, so saying whose it is reveals nothing new (as triage, AUTH-10).
  if (current.ownerAgency !== ctx.actor.agency) {
    ctx.audit.record({ actor: ctx.actor, action: 'event.edit', targetType: 'event', targetId: id, outcome: 'denied' });
    throw forbidden(`only ${current.ownerAgency}, the owning agency, edits this event`);
  }
  if (edit.releasability) await checkRelease(ctx, current.ownerAgency, edit.releasability);
  const updated = await ctx.transaction((tx) =>
    tx.eventChanges.edit(
      id,
      { title: edit.title, summary: edit.summary, label: edit.releasability },
      edit.baseVersion,
      ctx.clock.now().toISOString(),
    ),
  );
  if (!updated) {
    ctx.audit.record({
      actor: ctx.actor,
      action: 'event.edit',
      targetType: 'event',
      targetId: id,
      outcome: 'conflict',
    });
    throw new ServiceError('conflict', `the event changed since version ${edit.baseVersion}`, [], {
      current: await ctx.events.getById(id, scope),
    });
  }
  ctx.audit.record({
    actor: ctx.actor,
    action: 'event.edit',
    targetType: 'event',
    targetId: id,
    outcome: 'success',
    detail: {
      version: updated.version,
      fields: Object.keys(edit).filter((k) => k !== 'baseVersion'),
      tlp: updated.releasability.tlp,
    },
  });
  ctx.realtime.eventTriaged(updated);
  ctx.realtime.eventWithdrawn(
    id,
    { ownerAgency: current.ownerAgency, ...current.releasability },
    { ownerAgency: updated.ownerAgency, ...updated.releasability },
  );
  return updated;
}

/** The new release passes the checks of a new event's (REL-4, unknown agencies, groups the owner is not in). */
async function checkRelease(
  ctx: RequestContext,
  ownerAgency: string,
  releasability: IntelEvent['releasability'],
): Promise<void> {
  const label = { ownerAgency, releasability };
  const refusal = submissionRefusal(ctx, label);
  if (refusal) throw refusal;
  if (releasability.recipients.includes(ownerAgency)) {
    const message = 'the owning agency always sees its own events; do not list it as a recipient';
    throw new ServiceError('unprocessable', `releasability.recipients: ${message}`, [
      { path: 'releasability.recipients', message },
    ]);
  }
  const [issues = []] = await agencyIssues(ctx, [label]);
  const first = issues[0];
  if (first) throw new ServiceError('unprocessable', `${first.path}: ${first.message}`, issues);
}
